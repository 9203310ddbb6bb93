package io.github.genaitaxonomy.data;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The technique tree: backbone architectures, pretraining methods, families of deep generative
 * models and training methods, from seed 003 ("The technology stack behind AIGC") plus the
 * techniques the catalog's models are built with.
 *
 * <pre>{@code
 * Techniques.LSTM.parent();   // Optional[recurrent-neural-network]
 * }</pre>
 */
public final class Techniques {
  // Ordering: by branch (backbones, pretraining, generative families with their training methods,
  // then training and inference methods the models need), every parent before its children, and
  // otherwise in the order of seed 003's text, followed by the nodes it does not name.
  //
  // Ids: where a technique shares its name with a catalogued model, the model keeps the short id
  // and the technique gets a descriptive one: clip -> contrastive-language-image-pretraining,
  // nerf -> neural-radiance-field, vqgan -> vector-quantized-gan, latent-diffusion ->
  // latent-space-diffusion. DALL-E, which seed 003 lists under joint pretraining, is a model and is
  // not a node here.
  //
  // Seed 003 errors are recorded in the summary of the technique they concern ("Seed 003 ...").

  private static final List<Technique> ALL = new ArrayList<>();

  private Techniques() {}

  /** Appends a constant to this holder's list, in declaration order, and returns it. */
  private static Technique register(Technique constant) {
    ALL.add(constant);
    return constant;
  }

  /** Every constant of this holder, in declaration order. */
  static ImmutableList<Technique> all() {
    return ImmutableList.copyOf(ALL);
  }

  // Recurrent networks

  /** The simple (Elman) recurrent network. Source: doi:10.1207/s15516709cog1402_1. */
  public static final Technique RECURRENT_NEURAL_NETWORK =
      register(
          Technique.builder()
              .id("recurrent-neural-network")
              .name("Recurrent neural network")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .year(Year.of(1990))
              .reference(Source.doi("10.1207/s15516709cog1402_1"))
              .summary(
                  """
              A network that reads a sequence one step at a time and feeds its hidden state back \
              into the next step, which makes it order-aware but hard to train over long spans. \
              Seed 003 calls this feedback a "bidirectional design"; it is the ordinary \
              forward-in-time recurrence, not a bidirectional RNN.""")
              .build());

  /** Long Short-Term Memory. Source: doi:10.1162/neco.1997.9.8.1735. */
  public static final Technique LSTM =
      register(
          Technique.builder()
              .id("lstm")
              .name("Long Short-Term Memory")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("recurrent-neural-network")
              .year(Year.of(1997))
              .reference(Source.doi("10.1162/neco.1997.9.8.1735"))
              .summary(
                  """
              A recurrent cell with a gated memory that carries information across many steps and \
              so resists vanishing gradients.""")
              .build());

  /** Gated Recurrent Unit. Source: arXiv 1406.1078. */
  public static final Technique GRU =
      register(
          Technique.builder()
              .id("gru")
              .name("Gated Recurrent Unit")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("recurrent-neural-network")
              .year(Year.of(2014))
              .reference(Source.arxiv("1406.1078"))
              .summary(
                  """
              A lighter gated recurrent cell with an update gate and a reset gate and no separate \
              memory cell. Seed 003 says it replaces the forget and input gates with an "update \
              state"; the cell has update and reset gates.""")
              .build());

  /** Bidirectional recurrent network. Source: doi:10.1109/78.650093. */
  public static final Technique BIDIRECTIONAL_RNN =
      register(
          Technique.builder()
              .id("bidirectional-rnn")
              .name("Bidirectional recurrent neural network")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("recurrent-neural-network")
              .year(Year.of(1997))
              .reference(Source.doi("10.1109/78.650093"))
              .summary(
                  """
              Two recurrent passes, one forward and one backward, so that every position sees \
              context from both sides.""")
              .build());

  /** Sequence-to-sequence learning. Source: arXiv 1409.3215 (parallel work: arXiv 1406.1078). */
  public static final Technique SEQ2SEQ =
      register(
          Technique.builder()
              .id("seq2seq")
              .name("Sequence-to-sequence learning")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("recurrent-neural-network")
              .year(Year.of(2014))
              .reference(Source.arxiv("1409.3215"))
              .summary(
                  """
              An encoder network turns the input sequence into a representation from which a \
              decoder network produces the output sequence, the template of neural machine \
              translation.""")
              .build());

  // Attention and Transformers

  /** Additive attention for encoder-decoder models. Source: arXiv 1409.0473. */
  public static final Technique ATTENTION_MECHANISM =
      register(
          Technique.builder()
              .id("attention-mechanism")
              .name("Attention mechanism")
              .kind(TechniqueKind.OTHER)
              .parent("seq2seq")
              .year(Year.of(2014))
              .reference(Source.arxiv("1409.0473"))
              .summary(
                  """
              At each output step the decoder takes a learned, weighted average of all encoder \
              states instead of relying on one fixed-size summary vector.""")
              .build());

  /** The Transformer. Source: arXiv 1706.03762. */
  public static final Technique TRANSFORMER =
      register(
          Technique.builder()
              .id("transformer")
              .name("Transformer")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("attention-mechanism")
              .year(Year.of(2017))
              .reference(Source.arxiv("1706.03762"))
              .summary(
                  """
              An architecture built from multi-head self-attention and feed-forward layers with no \
              recurrence, so every token can interact with every other and training parallelises \
              well; positional encodings supply word order.""")
              .build());

  /** Multi-query attention, as used by AlphaCode. Source: arXiv 1911.02150 (Shazeer). */
  public static final Technique MULTI_QUERY_ATTENTION =
      register(
          Technique.builder()
              .id("multi-query-attention")
              .name("Multi-query attention")
              .kind(TechniqueKind.OTHER)
              .parent("transformer")
              .year(Year.of(2019))
              .reference(Source.arxiv("1911.02150"))
              .summary(
                  """
              An attention layer in which all query heads share a single key and value head, which \
              makes sampling cheaper.""")
              .build());

  /** Grouped-query attention. Source: arXiv 2305.13245. */
  public static final Technique GROUPED_QUERY_ATTENTION =
      register(
          Technique.builder()
              .id("grouped-query-attention")
              .name("Grouped-query attention")
              .kind(TechniqueKind.OTHER)
              .parent("transformer")
              .year(Year.of(2023))
              .reference(Source.arxiv("2305.13245"))
              .summary(
                  """
              Groups of query heads share one key/value head, shrinking the key-value cache and \
              speeding up decoding at little cost in quality.""")
              .build());

  /** Sliding-window attention. Source: arXiv 1904.10509 (also Longformer, arXiv 2004.05150). */
  public static final Technique SLIDING_WINDOW_ATTENTION =
      register(
          Technique.builder()
              .id("sliding-window-attention")
              .name("Sliding-window attention")
              .kind(TechniqueKind.OTHER)
              .parent("transformer")
              .year(Year.of(2019))
              .reference(Source.arxiv("1904.10509"))
              .summary(
                  """
              Each token attends only to a fixed window of earlier tokens, while stacked layers \
              still pass information further back (Sparse Transformer 2019, Longformer arXiv \
              2004.05150).""")
              .build());

  /**
   * Mixture of experts. Source: doi:10.1162/neco.1991.3.1.79; sparsely-gated layer arXiv
   * 1701.06538.
   */
  // Filed under the Transformer for its modern use, though the idea dates from 1991.
  public static final Technique MIXTURE_OF_EXPERTS =
      register(
          Technique.builder()
              .id("mixture-of-experts")
              .name("Mixture of experts")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("transformer")
              .year(Year.of(1991))
              .reference(Source.doi("10.1162/neco.1991.3.1.79"))
              .summary(
                  """
              A router sends each token to a few of many expert sub-networks, so the parameter \
              count grows without growing the compute per token (sparsely gated layer: arXiv \
              1701.06538).""")
              .build());

  // Convolutional networks

  /** Convolutional neural network. Source: doi:10.1162/neco.1989.1.4.541. */
  public static final Technique CNN =
      register(
          Technique.builder()
              .id("cnn")
              .name("Convolutional neural network")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .year(Year.of(1989))
              .reference(Source.doi("10.1162/neco.1989.1.4.541"))
              .summary(
                  """
              Small filters with shared weights slide over the input to build feature maps that \
              respond the same way wherever a pattern appears; the classic vision backbone.""")
              .build());

  /** LeNet-5. Source: doi:10.1109/5.726791. */
  public static final Technique LENET =
      register(
          Technique.builder()
              .id("lenet")
              .name("LeNet-5")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("cnn")
              .year(Year.of(1998))
              .reference(Source.doi("10.1109/5.726791"))
              .summary(
                  """
              An early convolutional network for digit and document recognition that alternates \
              convolution and subsampling layers.""")
              .build());

  /** AlexNet. Source: NeurIPS 2012 proceedings (journal version doi:10.1145/3065386). */
  public static final Technique ALEXNET =
      register(
          Technique.builder()
              .id("alexnet")
              .name("AlexNet")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("cnn")
              .year(Year.of(2012))
              .reference(
                  Source.url(
                      "https://proceedings.neurips.cc/paper/2012/file/c399862d3b9d6b76c8436e924a68c45b-Paper.pdf"))
              .summary(
                  """
              A deep convolutional network trained on GPUs with ReLU and dropout whose ImageNet \
              2012 win started the deep-learning boom.""")
              .build());

  /** VGGNet. Source: arXiv 1409.1556. */
  public static final Technique VGG =
      register(
          Technique.builder()
              .id("vgg")
              .name("VGGNet")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("cnn")
              .year(Year.of(2014))
              .reference(Source.arxiv("1409.1556"))
              .summary(
                  """
              Showed that a plain stack of many small 3x3 convolutions, 16 to 19 layers deep, \
              improves accuracy.""")
              .build());

  /** GoogLeNet and its Inception module. Source: arXiv 1409.4842. */
  public static final Technique GOOGLENET_INCEPTION =
      register(
          Technique.builder()
              .id("googlenet-inception")
              .name("GoogLeNet / Inception")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("cnn")
              .year(Year.of(2014))
              .reference(Source.arxiv("1409.4842"))
              .summary(
                  """
              Inception blocks run convolutions of several sizes side by side and concatenate \
              them, widening the network at low cost.""")
              .build());

  /** ResNet. Source: arXiv 1512.03385. */
  public static final Technique RESNET =
      register(
          Technique.builder()
              .id("resnet")
              .name("ResNet")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("cnn")
              .year(Year.of(2015))
              .reference(Source.arxiv("1512.03385"))
              .summary(
                  """
              Identity shortcuts around each block let networks of a hundred or more layers train \
              stably; residual connections are now used almost everywhere.""")
              .build());

  /** DenseNet. Source: arXiv 1608.06993. */
  public static final Technique DENSENET =
      register(
          Technique.builder()
              .id("densenet")
              .name("DenseNet")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("resnet")
              .year(Year.of(2016))
              .reference(Source.arxiv("1608.06993"))
              .summary(
                  """
              Within a block every layer receives the concatenated features of all earlier layers, \
              encouraging feature reuse.""")
              .build());

  /** EfficientNet. Source: arXiv 1905.11946. */
  public static final Technique EFFICIENTNET =
      register(
          Technique.builder()
              .id("efficientnet")
              .name("EfficientNet")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("cnn")
              .year(Year.of(2019))
              .reference(Source.arxiv("1905.11946"))
              .summary(
                  """
              Scales depth, width and input resolution together by fixed compound factors to get \
              more accuracy per unit of compute.""")
              .build());

  /** NFNet, the normalizer-free ResNet. Source: arXiv 2102.06171. */
  public static final Technique NFNET =
      register(
          Technique.builder()
              .id("nfnet")
              .name("NFNet (Normalizer-Free Network)")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("resnet")
              .year(Year.of(2021))
              .reference(Source.arxiv("2102.06171"))
              .summary(
                  """
              ResNet-style networks trained without batch normalisation, relying on scaled weight \
              standardisation and adaptive gradient clipping instead.""")
              .build());

  // Vision Transformers

  /** Vision Transformer. Source: arXiv 2010.11929. */
  public static final Technique VIT =
      register(
          Technique.builder()
              .id("vit")
              .name("Vision Transformer (ViT)")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("transformer")
              .year(Year.of(2020))
              .reference(Source.arxiv("2010.11929"))
              .summary(
                  """
              Cuts an image into patches and feeds them as a token sequence to a standard \
              Transformer encoder; it shines when pretrained on large datasets.""")
              .build());

  /** Swin Transformer. Source: arXiv 2103.14030. */
  public static final Technique SWIN_TRANSFORMER =
      register(
          Technique.builder()
              .id("swin-transformer")
              .name("Swin Transformer")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("vit")
              .year(Year.of(2021))
              .reference(Source.arxiv("2103.14030"))
              .summary(
                  """
              Attention within local windows that shift from layer to layer, with patch merging \
              that builds a hierarchical feature pyramid like a CNN's.""")
              .build());

  /** DeiT. Source: arXiv 2012.12877. */
  public static final Technique DEIT =
      register(
          Technique.builder()
              .id("deit")
              .name("DeiT (Data-efficient image Transformer)")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("vit")
              .year(Year.of(2020))
              .reference(Source.arxiv("2012.12877"))
              .summary(
                  """
              Trains a ViT on ImageNet-1k alone by adding a distillation token that learns from a \
              convolutional teacher.""")
              .build());

  /** CaiT. Source: arXiv 2103.17239. */
  public static final Technique CAIT =
      register(
          Technique.builder()
              .id("cait")
              .name("CaiT (Class-Attention in Image Transformers)")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("vit")
              .year(Year.of(2021))
              .reference(Source.arxiv("2103.17239"))
              .summary(
                  """
              Makes ViTs deeper with LayerScale and processes the class token only in a few late \
              class-attention layers.""")
              .build());

  /** Tokens-to-Token ViT. Source: arXiv 2101.11986. */
  public static final Technique T2T_VIT =
      register(
          Technique.builder()
              .id("t2t-vit")
              .name("Tokens-to-Token ViT")
              .kind(TechniqueKind.BACKBONE_ARCHITECTURE)
              .parent("vit")
              .year(Year.of(2021))
              .reference(Source.arxiv("2101.11986"))
              .summary(
                  """
              Repeatedly merges neighbouring tokens to capture local structure and uses a deep, \
              narrow backbone, so it trains well without huge pretraining data.""")
              .build());

  // Self-supervised pretraining

  /**
   * Self-supervised pretraining, the umbrella of seed 003's language, visual and joint pretraining.
   */
  // not recorded: year and reference; an umbrella node with no single origin
  public static final Technique SELF_SUPERVISED_PRETRAINING =
      register(
          Technique.builder()
              .id("self-supervised-pretraining")
              .name("Self-supervised pretraining")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .summary(
                  """
              Learning representations from unlabelled data by predicting parts of the input that \
              were hidden or transformed.""")
              .build());

  /** Masked language modelling (BERT). Source: arXiv 1810.04805. */
  public static final Technique MASKED_LM_PRETRAINING =
      register(
          Technique.builder()
              .id("masked-lm-pretraining")
              .name("Masked language modelling (BERT)")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2018))
              .reference(Source.arxiv("1810.04805"))
              .summary(
                  """
              A Transformer encoder learns by restoring randomly masked tokens from the context on \
              both sides; strong for understanding, rarely used to generate.""")
              .build());

  /** Autoregressive language-model pretraining (the GPT family). Source: the GPT-1 report. */
  public static final Technique AUTOREGRESSIVE_LM_PRETRAINING =
      register(
          Technique.builder()
              .id("autoregressive-lm-pretraining")
              .name("Autoregressive language-model pretraining (GPT)")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2018))
              .reference(
                  Source.url(
                      "https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf"))
              .summary(
                  """
              A decoder-only Transformer is trained to predict the next token; with enough data \
              and parameters it can generate and learn new tasks from a few examples.""")
              .build());

  /** BART. Source: arXiv 1910.13461. */
  public static final Technique BART =
      register(
          Technique.builder()
              .id("bart")
              .name("BART")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2019))
              .reference(Source.arxiv("1910.13461"))
              .summary(
                  """
              An encoder-decoder Transformer trained to rebuild the original text from versions \
              corrupted by masking, deletion and shuffling.""")
              .build());

  /** MASS. Source: arXiv 1905.02450. */
  public static final Technique MASS =
      register(
          Technique.builder()
              .id("mass")
              .name("MASS (Masked Sequence to Sequence pretraining)")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2019))
              .reference(Source.arxiv("1905.02450"))
              .summary(
                  """
              The encoder sees a sentence with one contiguous span masked and the decoder writes \
              that span back token by token.""")
              .build());

  /** ProphetNet. Source: arXiv 2001.04063. */
  public static final Technique PROPHETNET =
      register(
          Technique.builder()
              .id("prophetnet")
              .name("ProphetNet")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2020))
              .reference(Source.arxiv("2001.04063"))
              .summary(
                  """
              Sequence-to-sequence pretraining that predicts several future tokens at each step so \
              the model plans beyond the next word. Seed 003 misspells it "PropheNet".""")
              .build());

  /** Masked autoencoders. Source: arXiv 2111.06377. */
  public static final Technique MAE =
      register(
          Technique.builder()
              .id("mae")
              .name("MAE (Masked Autoencoders)")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2021))
              .reference(Source.arxiv("2111.06377"))
              .summary(
                  """
              A ViT encoder sees only a small random share of the image patches and a light \
              decoder reconstructs the pixels of the rest.""")
              .build());

  /** BEiT. Source: arXiv 2106.08254. */
  public static final Technique BEIT =
      register(
          Technique.builder()
              .id("beit")
              .name("BEiT")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2021))
              .reference(Source.arxiv("2106.08254"))
              .summary(
                  """
              BERT-style pretraining for images: predict the discrete visual tokens of masked \
              patches.""")
              .build());

  /** RotNet. Source: arXiv 1803.07728. */
  public static final Technique ROTNET =
      register(
          Technique.builder()
              .id("rotnet")
              .name("RotNet (rotation prediction)")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2018))
              .reference(Source.arxiv("1803.07728"))
              .summary(
                  """
              A convolutional network learns features by telling which of four rotations was \
              applied to an image.""")
              .build());

  /** Momentum Contrast. Source: arXiv 1911.05722. */
  public static final Technique MOCO =
      register(
          Technique.builder()
              .id("moco")
              .name("MoCo (Momentum Contrast)")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2019))
              .reference(Source.arxiv("1911.05722"))
              .summary(
                  """
              Contrastive learning against a large queue of negatives encoded by a slowly updated \
              momentum encoder.""")
              .build());

  /** SimCLR. Source: arXiv 2002.05709. */
  public static final Technique SIMCLR =
      register(
          Technique.builder()
              .id("simclr")
              .name("SimCLR")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2020))
              .reference(Source.arxiv("2002.05709"))
              .summary(
                  """
              Pulls two augmented views of the same image together and pushes other images away, \
              using a projection head and large batches. Seed 003 files it under joint \
              (multimodal) pretraining; it is image-only.""")
              .build());

  /**
   * Contrastive learning in general, for models whose contrastive objective is neither image-only
   * nor image-text.
   */
  // not recorded: year and reference; added for wav2vec 2.0, w2v-BERT and speech-from-brain
  public static final Technique CONTRASTIVE_LEARNING =
      register(
          Technique.builder()
              .id("contrastive-learning")
              .name("Contrastive learning")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .summary(
                  """
              Trains representations so that matching pairs score higher than mismatched ones, \
              such as a brain recording and the speech heard at that moment.""")
              .build());

  /** Contrastive language-image pretraining, the method of CLIP. Source: arXiv 2103.00020. */
  public static final Technique CONTRASTIVE_LANGUAGE_IMAGE_PRETRAINING =
      register(
          Technique.builder()
              .id("contrastive-language-image-pretraining")
              .name("Contrastive language-image pretraining (CLIP)")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("self-supervised-pretraining")
              .year(Year.of(2021))
              .reference(Source.arxiv("2103.00020"))
              .summary(
                  """
              An image encoder and a text encoder are trained together so that matching images and \
              captions land close in a shared embedding space.""")
              .build());

  /** ALIGN. Source: arXiv 2102.05918. */
  public static final Technique ALIGN =
      register(
          Technique.builder()
              .id("align")
              .name("ALIGN")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("contrastive-language-image-pretraining")
              .year(Year.of(2021))
              .reference(Source.arxiv("2102.05918"))
              .summary(
                  """
              A CLIP-like dual encoder trained on over a billion barely filtered alt-text pairs, \
              showing that scale can make up for noise.""")
              .build());

  /** Florence. Source: arXiv 2111.11432. */
  public static final Technique FLORENCE =
      register(
          Technique.builder()
              .id("florence")
              .name("Florence")
              .kind(TechniqueKind.PRETRAINING_METHOD)
              .parent("contrastive-language-image-pretraining")
              .year(Year.of(2021))
              .reference(Source.arxiv("2111.11432"))
              .summary(
                  """
              Extends image-text contrastive pretraining towards richer representations, from \
              coarse to fine and from images to video, for broad transfer.""")
              .build());

  /**
   * Supervised ImageNet pretraining; its year and reference are those of the ImageNet database
   * (Deng et al., CVPR 2009). Source: doi:10.1109/CVPR.2009.5206848.
   */
  public static final Technique IMAGENET_PRETRAINING =
      register(
          Technique.builder()
              .id("imagenet-pretraining")
              .name("Supervised ImageNet pretraining")
              .kind(TechniqueKind.OTHER)
              .year(Year.of(2009))
              .reference(Source.doi("10.1109/CVPR.2009.5206848"))
              .summary(
                  """
              Reusing features learned by classifying ImageNet's labelled images for other vision \
              tasks. Seed 003 lists it among self-supervised methods, but it is supervised.""")
              .build());

  // Deep generative models: autoregressive

  /**
   * Deep generative models, the umbrella of seed 003's likelihood-based and energy-based families.
   */
  // not recorded: year and reference; an umbrella node
  public static final Technique DEEP_GENERATIVE_MODEL =
      register(
          Technique.builder()
              .id("deep-generative-model")
              .name("Deep generative models")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .summary(
                  """
              Probabilistic models that use neural networks to represent a data distribution and \
              draw samples from it.""")
              .build());

  /** Autoregressive generative models; the earliest member seed 003 names is FVSBN (1992). */
  // not recorded: reference; a family node whose members carry their own
  public static final Technique AUTOREGRESSIVE_MODEL =
      register(
          Technique.builder()
              .id("autoregressive-model")
              .name("Autoregressive generative models")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("deep-generative-model")
              .year(Year.of(1992))
              .summary(
                  """
              Factor the joint distribution into one conditional per element and generate the \
              elements one after another, giving exact likelihoods but sequential sampling.""")
              .build());

  /** Fully visible sigmoid belief network. Source: Neal, Artificial Intelligence 56(1), 1992. */
  public static final Technique FVSBN =
      register(
          Technique.builder()
              .id("fvsbn")
              .name("Fully Visible Sigmoid Belief Network")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("autoregressive-model")
              .year(Year.of(1992))
              .reference(
                  Source.url("https://www.sciencedirect.com/science/article/pii/0004370292900656"))
              .summary(
                  """
              Predicts each binary variable with a logistic regression on all the variables before \
              it, the simplest autoregressive density model.""")
              .build());

  /** NADE. Source: AISTATS 2011, PMLR 15:29-37. */
  public static final Technique NADE =
      register(
          Technique.builder()
              .id("nade")
              .name("NADE (Neural Autoregressive Distribution Estimator)")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("autoregressive-model")
              .year(Year.of(2011))
              .reference(Source.url("https://proceedings.mlr.press/v15/larochelle11a.html"))
              .summary(
                  """
              Replaces FVSBN's logistic regressions with one hidden layer whose weights are shared \
              across all the conditionals.""")
              .build());

  /** PixelRNN, which also introduced the first PixelCNN. Source: arXiv 1601.06759. */
  public static final Technique PIXELRNN =
      register(
          Technique.builder()
              .id("pixelrnn")
              .name("PixelRNN")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("autoregressive-model")
              .year(Year.of(2016))
              .reference(Source.arxiv("1601.06759"))
              .summary(
                  """
              Generates an image pixel by pixel with recurrent (LSTM) layers.""")
              .build());

  /** Gated, conditional PixelCNN. Source: arXiv 1606.05328. */
  public static final Technique PIXELCNN =
      register(
          Technique.builder()
              .id("pixelcnn")
              .name("PixelCNN")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("pixelrnn")
              .year(Year.of(2016))
              .reference(Source.arxiv("1606.05328"))
              .summary(
                  """
              An autoregressive image model built from masked convolutions; the gated version \
              matches PixelRNN and can be conditioned on a class or an embedding.""")
              .build());

  /** PixelCNN++. Source: arXiv 1701.05517. */
  public static final Technique PIXELCNN_PLUS_PLUS =
      register(
          Technique.builder()
              .id("pixelcnn-plus-plus")
              .name("PixelCNN++")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("pixelcnn")
              .year(Year.of(2017))
              .reference(Source.arxiv("1701.05517"))
              .summary(
                  """
              PixelCNN with a discretised logistic-mixture output and simplifications that improve \
              likelihood and training speed.""")
              .build());

  /** WaveNet. Source: arXiv 1609.03499. */
  public static final Technique WAVENET =
      register(
          Technique.builder()
              .id("wavenet")
              .name("WaveNet")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("autoregressive-model")
              .year(Year.of(2016))
              .reference(Source.arxiv("1609.03499"))
              .summary(
                  """
              Models raw audio one sample at a time with dilated causal convolutions, a landmark \
              for natural-sounding speech synthesis.""")
              .build());

  // Deep generative models: variational autoencoders

  /** Variational autoencoder. Source: arXiv 1312.6114. */
  public static final Technique VAE =
      register(
          Technique.builder()
              .id("vae")
              .name("Variational Autoencoder")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("deep-generative-model")
              .year(Year.of(2013))
              .reference(Source.arxiv("1312.6114"))
              .summary(
                  """
              An encoder-decoder with a latent variable, trained on a lower bound of the \
              likelihood that trades reconstruction against a KL penalty towards a prior.""")
              .build());

  /** Vector-quantised VAE. Source: arXiv 1711.00937. */
  public static final Technique VQ_VAE =
      register(
          Technique.builder()
              .id("vq-vae")
              .name("VQ-VAE (Vector-Quantised VAE)")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("vae")
              .year(Year.of(2017))
              .reference(Source.arxiv("1711.00937"))
              .summary(
                  """
              Snaps each latent vector to its nearest codebook entry, producing discrete tokens \
              that an autoregressive prior or Transformer can model.""")
              .build());

  /** VQGAN as a technique: a VQ-VAE tokenizer with adversarial losses. Source: arXiv 2012.09841. */
  public static final Technique VECTOR_QUANTIZED_GAN =
      register(
          Technique.builder()
              .id("vector-quantized-gan")
              .name("VQGAN (vector-quantised GAN tokenizer)")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("vq-vae")
              .year(Year.of(2020))
              .reference(Source.arxiv("2012.09841"))
              .summary(
                  """
              A VQ-VAE-style image tokenizer trained with perceptual and adversarial losses, whose \
              compact codebook lets a Transformer model high-resolution images.""")
              .build());

  /** Masked generative image Transformer (MaskGIT). Source: arXiv 2202.04200. */
  public static final Technique MASKED_GENERATIVE_TRANSFORMER =
      register(
          Technique.builder()
              .id("masked-generative-transformer")
              .name("Masked generative image Transformer")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("vector-quantized-gan")
              .year(Year.of(2022))
              .reference(Source.arxiv("2202.04200"))
              .summary(
                  """
              A bidirectional Transformer predicts masked image tokens in parallel and refines \
              them over a few steps, far faster than token-by-token decoding.""")
              .build());

  // Deep generative models: normalizing flows

  /** Normalizing flows. Source: arXiv 1505.05770. */
  public static final Technique NORMALIZING_FLOW =
      register(
          Technique.builder()
              .id("normalizing-flow")
              .name("Normalizing flows")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("deep-generative-model")
              .year(Year.of(2015))
              .reference(Source.arxiv("1505.05770"))
              .summary(
                  """
              Chains invertible maps with tractable Jacobians so that both exact likelihood and \
              exact sampling are available.""")
              .build());

  /** NICE. Source: arXiv 1410.8516. */
  public static final Technique NICE =
      register(
          Technique.builder()
              .id("nice")
              .name("NICE (Non-linear Independent Components Estimation)")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("normalizing-flow")
              .year(Year.of(2014))
              .reference(Source.arxiv("1410.8516"))
              .summary(
                  """
              A flow built from additive coupling layers whose Jacobian determinant is one.""")
              .build());

  /** RealNVP. Source: arXiv 1605.08803. */
  public static final Technique REALNVP =
      register(
          Technique.builder()
              .id("realnvp")
              .name("RealNVP")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("nice")
              .year(Year.of(2016))
              .reference(Source.arxiv("1605.08803"))
              .summary(
                  """
              Affine coupling layers in a multi-scale architecture for image densities.""")
              .build());

  /** Glow. Source: arXiv 1807.03039. */
  public static final Technique GLOW =
      register(
          Technique.builder()
              .id("glow")
              .name("Glow")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("realnvp")
              .year(Year.of(2018))
              .reference(Source.arxiv("1807.03039"))
              .summary(
                  """
              Adds learned invertible 1x1 convolutions and activation normalisation, producing \
              high-resolution faces from a flow.""")
              .build());

  // Deep generative models: energy-based models and their training

  /** Energy-based models. Source: doi:10.1207/s15516709cog0901_7 (Boltzmann machines, 1985). */
  public static final Technique ENERGY_BASED_MODEL =
      register(
          Technique.builder()
              .id("energy-based-model")
              .name("Energy-based models")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("deep-generative-model")
              .year(Year.of(1985))
              .reference(Source.doi("10.1207/s15516709cog0901_7"))
              .summary(
                  """
              Define a density only up to its normalising constant through a learned energy, \
              flexible but hard to train and sample, which motivates MCMC, contrastive divergence, \
              NCE and score matching.""")
              .build());

  /** MCMC maximum likelihood with Langevin sampling. Source: arXiv 1903.08689. */
  // The seed names Langevin MCMC without a paper; this reference is a representative one.
  public static final Technique MCMC_LANGEVIN_TRAINING =
      register(
          Technique.builder()
              .id("mcmc-langevin-training")
              .name("MCMC maximum-likelihood training (Langevin dynamics)")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("energy-based-model")
              .year(Year.of(2019))
              .reference(Source.arxiv("1903.08689"))
              .summary(
                  """
              Estimates the likelihood gradient with negative samples drawn by gradient-based \
              Langevin steps on the energy, accurate but expensive.""")
              .build());

  /** Contrastive divergence. Source: doi:10.1162/089976602760128018. */
  public static final Technique CONTRASTIVE_DIVERGENCE =
      register(
          Technique.builder()
              .id("contrastive-divergence")
              .name("Contrastive divergence")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("energy-based-model")
              .year(Year.of(2002))
              .reference(Source.doi("10.1162/089976602760128018"))
              .summary(
                  """
              Approximates the likelihood gradient cheaply by running short Markov chains that \
              start at the data; the standard way to train RBMs.""")
              .build());

  /** Persistent contrastive divergence. Source: doi:10.1145/1390156.1390290. */
  public static final Technique PERSISTENT_CONTRASTIVE_DIVERGENCE =
      register(
          Technique.builder()
              .id("persistent-contrastive-divergence")
              .name("Persistent contrastive divergence")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("contrastive-divergence")
              .year(Year.of(2008))
              .reference(Source.doi("10.1145/1390156.1390290"))
              .summary(
                  """
              Keeps the negative-phase Markov chains running across updates instead of restarting \
              them at the data.""")
              .build());

  /** Mean-field contrastive divergence. Source: doi:10.1007/3-540-46084-5_57. */
  public static final Technique MEAN_FIELD_CONTRASTIVE_DIVERGENCE =
      register(
          Technique.builder()
              .id("mean-field-contrastive-divergence")
              .name("Mean-field contrastive divergence")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("contrastive-divergence")
              .year(Year.of(2002))
              .reference(Source.doi("10.1007/3-540-46084-5_57"))
              .summary(
                  """
              Applies the contrastive-divergence criterion with deterministic mean-field updates \
              instead of stochastic sampling.""")
              .build());

  /**
   * Multi-grid modelling and sampling (Gao et al.; arXiv September 2017, first titled "Learning
   * Multi-grid Generative ConvNets by Minimal Contrastive Divergence"; CVPR 2018). Source: arXiv
   * 1709.08868.
   */
  public static final Technique MULTIGRID_CONTRASTIVE_DIVERGENCE =
      register(
          Technique.builder()
              .id("multigrid-contrastive-divergence")
              .name("Multi-grid contrastive divergence")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("contrastive-divergence")
              .year(Year.of(2017))
              .reference(Source.arxiv("1709.08868"))
              .summary(
                  """
              Trains energy-based ConvNets at several resolutions and starts each finer sampler \
              from the coarser one's samples.""")
              .build());

  /** Noise-contrastive estimation. Source: AISTATS 2010, PMLR 9:297-304. */
  public static final Technique NOISE_CONTRASTIVE_ESTIMATION =
      register(
          Technique.builder()
              .id("noise-contrastive-estimation")
              .name("Noise-contrastive estimation")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("energy-based-model")
              .year(Year.of(2010))
              .reference(Source.url("https://proceedings.mlr.press/v9/gutmann10a.html"))
              .summary(
                  """
              Fits an unnormalised model by learning to tell data from samples of a known noise \
              distribution, treating the normaliser as a parameter. Seed 003 writes it "Notice \
              Contrastive Estimation".""")
              .build());

  /** Score matching. Source: JMLR 6(24):695-709. */
  public static final Technique SCORE_MATCHING =
      register(
          Technique.builder()
              .id("score-matching")
              .name("Score matching")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("energy-based-model")
              .year(Year.of(2005))
              .reference(Source.url("https://jmlr.org/papers/v6/hyvarinen05a.html"))
              .summary(
                  """
              Fits the gradient of the log-density directly, which removes the normalising \
              constant and needs no sampling.""")
              .build());

  /** Denoising score matching. Source: doi:10.1162/NECO_a_00142. */
  public static final Technique DENOISING_SCORE_MATCHING =
      register(
          Technique.builder()
              .id("denoising-score-matching")
              .name("Denoising score matching")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("score-matching")
              .year(Year.of(2011))
              .reference(Source.doi("10.1162/NECO_a_00142"))
              .summary(
                  """
              Learns the score of noise-perturbed data by regressing towards the added noise, the \
              objective behind score-based diffusion.""")
              .build());

  // Deep generative models: adversarial networks

  /** Generative adversarial networks. Source: arXiv 1406.2661. */
  // Seed 003 quotes Yann LeCun calling GANs "the most interesting idea in ML in the last 10
  // years": his Quora answer of 2016-07-28 ("What are some recent and potentially upcoming
  // breakthroughs in deep learning?") says so of adversarial training.
  public static final Technique GAN =
      register(
          Technique.builder()
              .id("gan")
              .name("Generative Adversarial Network")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("deep-generative-model")
              .year(Year.of(2014))
              .reference(Source.arxiv("1406.2661"))
              .summary(
                  """
              A generator and a discriminator play a two-player game, so the generator learns an \
              implicit distribution with sharp samples but unstable training.""")
              .build());

  /** Conditional GAN. Source: arXiv 1411.1784. */
  public static final Technique CONDITIONAL_GAN =
      register(
          Technique.builder()
              .id("conditional-gan")
              .name("Conditional GAN")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("gan")
              .year(Year.of(2014))
              .reference(Source.arxiv("1411.1784"))
              .summary(
                  """
              Gives a label or other condition to both the generator and the discriminator.""")
              .build());

  /** DCGAN. Source: arXiv 1511.06434. */
  public static final Technique DCGAN =
      register(
          Technique.builder()
              .id("dcgan")
              .name("DCGAN")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("gan")
              .year(Year.of(2015))
              .reference(Source.arxiv("1511.06434"))
              .summary(
                  """
              Architecture rules (strided convolutions, batch normalisation, no pooling) that made \
              convolutional GANs train reliably.""")
              .build());

  /** Wasserstein GAN. Source: arXiv 1701.07875. */
  public static final Technique WGAN =
      register(
          Technique.builder()
              .id("wgan")
              .name("Wasserstein GAN")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("gan")
              .year(Year.of(2017))
              .reference(Source.arxiv("1701.07875"))
              .summary(
                  """
              The critic estimates the earth-mover distance, giving smoother gradients and more \
              stable training.""")
              .build());

  /** StyleGAN. Source: arXiv 1812.04948. */
  public static final Technique STYLEGAN =
      register(
          Technique.builder()
              .id("stylegan")
              .name("StyleGAN")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("gan")
              .year(Year.of(2018))
              .reference(Source.arxiv("1812.04948"))
              .summary(
                  """
              A mapping network and per-layer style modulation give controllable, high-fidelity \
              face synthesis.""")
              .build());

  // Deep generative models: diffusion and score-based models

  /** Diffusion probabilistic models. Source: arXiv 1503.03585. */
  public static final Technique DIFFUSION_MODEL =
      register(
          Technique.builder()
              .id("diffusion-model")
              .name("Diffusion probabilistic models")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("deep-generative-model")
              .year(Year.of(2015))
              .reference(Source.arxiv("1503.03585"))
              .summary(
                  """
              Destroy data step by step with a fixed noising chain and learn the reverse chain to \
              generate, an idea taken from non-equilibrium thermodynamics.""")
              .build());

  /** Denoising diffusion probabilistic models. Source: arXiv 2006.11239. */
  public static final Technique DDPM =
      register(
          Technique.builder()
              .id("ddpm")
              .name("Denoising Diffusion Probabilistic Models (DDPM)")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("diffusion-model")
              .year(Year.of(2020))
              .reference(Source.arxiv("2006.11239"))
              .summary(
                  """
              A simple noise-prediction objective that made diffusion models rival GANs in image \
              quality. Seed 003 says DDPMs are "also called" score-based models; the two are \
              distinct, related families, later unified by score SDEs.""")
              .build());

  /** Score-based generative models (NCSN). Source: arXiv 1907.05600. */
  public static final Technique SCORE_BASED_GENERATIVE_MODEL =
      register(
          Technique.builder()
              .id("score-based-generative-model")
              .name("Score-based generative models")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("denoising-score-matching")
              .year(Year.of(2019))
              .reference(Source.arxiv("1907.05600"))
              .summary(
                  """
              Learn the score at many noise levels with denoising score matching and sample with \
              annealed Langevin dynamics.""")
              .build());

  /** Score-based modelling through stochastic differential equations. Source: arXiv 2011.13456. */
  public static final Technique SCORE_SDE =
      register(
          Technique.builder()
              .id("score-sde")
              .name("Score-based generative modelling through SDEs")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("score-based-generative-model")
              .year(Year.of(2020))
              .reference(Source.arxiv("2011.13456"))
              .summary(
                  """
              Treats noising as a continuous-time SDE and generation as its reverse, unifying DDPM \
              and score-based models.""")
              .build());

  /** Denoising diffusion implicit models, a fast DDPM sampler. Source: arXiv 2010.02502. */
  // Seed 003 mentions "fast DDPM methods" without naming one; DDIM is a representative one.
  public static final Technique DDIM =
      register(
          Technique.builder()
              .id("ddim")
              .name("DDIM (Denoising Diffusion Implicit Models)")
              .kind(TechniqueKind.INFERENCE_METHOD)
              .parent("ddpm")
              .year(Year.of(2020))
              .reference(Source.arxiv("2010.02502"))
              .summary(
                  """
              A non-Markovian, optionally deterministic sampler that reuses a trained DDPM with \
              far fewer steps.""")
              .build());

  /** Latent diffusion, the method of Stable Diffusion. Source: arXiv 2112.10752. */
  public static final Technique LATENT_SPACE_DIFFUSION =
      register(
          Technique.builder()
              .id("latent-space-diffusion")
              .name("Latent diffusion")
              .kind(TechniqueKind.GENERATIVE_FAMILY)
              .parent("ddpm")
              .year(Year.of(2021))
              .reference(Source.arxiv("2112.10752"))
              .summary(
                  """
              Runs diffusion in the compressed latent space of a pretrained autoencoder, with \
              cross-attention conditioning, to make high-resolution synthesis cheap.""")
              .build());

  /**
   * Classifier-free guidance, first published at the NeurIPS 2021 Workshop on Deep Generative
   * Models and Downstream Applications (openreview.net/forum?id=qw8AKxfYbI). Source: arXiv
   * 2207.12598.
   */
  public static final Technique CLASSIFIER_FREE_GUIDANCE =
      register(
          Technique.builder()
              .id("classifier-free-guidance")
              .name("Classifier-free guidance")
              .kind(TechniqueKind.INFERENCE_METHOD)
              .parent("ddpm")
              .year(Year.of(2021))
              .reference(Source.arxiv("2207.12598"))
              .summary(
                  """
              One diffusion model is trained with and without its condition, and sampling \
              extrapolates between the two predictions to trade diversity for fidelity to the \
              prompt.""")
              .build());

  /** Score distillation sampling, introduced by DreamFusion. Source: arXiv 2209.14988. */
  public static final Technique SCORE_DISTILLATION_SAMPLING =
      register(
          Technique.builder()
              .id("score-distillation-sampling")
              .name("Score Distillation Sampling")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("ddpm")
              .year(Year.of(2022))
              .reference(Source.arxiv("2209.14988"))
              .summary(
                  """
              Optimises a 3D representation so that its renderings score well under a frozen 2D \
              text-to-image diffusion model, using the denoising error as the gradient.""")
              .build());

  // Representations

  /** Neural radiance fields, the scene representation of NeRF. Source: arXiv 2003.08934. */
  public static final Technique NEURAL_RADIANCE_FIELD =
      register(
          Technique.builder()
              .id("neural-radiance-field")
              .name("Neural radiance field")
              .kind(TechniqueKind.REPRESENTATION)
              .year(Year.of(2020))
              .reference(Source.arxiv("2003.08934"))
              .summary(
                  """
              A small network maps a 3D point and a viewing direction to colour and density, and \
              volume rendering turns it into images.""")
              .build());

  // Training and adaptation methods

  /**
   * Reinforcement learning from human feedback. Source: arXiv 1706.03741; LLM recipe arXiv
   * 2203.02155.
   */
  public static final Technique RLHF =
      register(
          Technique.builder()
              .id("rlhf")
              .name("Reinforcement learning from human feedback")
              .kind(TechniqueKind.TRAINING_METHOD)
              .year(Year.of(2017))
              .reference(Source.arxiv("1706.03741"))
              .summary(
                  """
              Learns a reward model from human comparisons and then optimises the policy against \
              it, usually with PPO and a penalty for drifting from the starting model.""")
              .build());

  /** Proximal Policy Optimization. Source: arXiv 1707.06347. */
  // Filed under RLHF for its use in LLM alignment; PPO itself is a general RL algorithm.
  public static final Technique PPO =
      register(
          Technique.builder()
              .id("ppo")
              .name("Proximal Policy Optimization")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("rlhf")
              .year(Year.of(2017))
              .reference(Source.arxiv("1707.06347"))
              .summary(
                  """
              A policy-gradient method whose clipped objective keeps each update small; the \
              reinforcement-learning step of classic RLHF.""")
              .build());

  /** Direct Preference Optimization. Source: arXiv 2305.18290 (Stanford). */
  public static final Technique DPO =
      register(
          Technique.builder()
              .id("dpo")
              .name("Direct Preference Optimization")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("rlhf")
              .year(Year.of(2023))
              .reference(Source.arxiv("2305.18290"))
              .summary(
                  """
              Aligns a language model directly on pairs of preferred and rejected answers with a \
              classification-style loss, removing RLHF's separate reward model and \
              reinforcement-learning loop.""")
              .build());

  /** Instruction tuning (FLAN). Source: arXiv 2109.01652. */
  public static final Technique INSTRUCTION_TUNING =
      register(
          Technique.builder()
              .id("instruction-tuning")
              .name("Instruction tuning")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("autoregressive-lm-pretraining")
              .year(Year.of(2021))
              .reference(Source.arxiv("2109.01652"))
              .summary(
                  """
              Supervised fine-tuning of a pretrained language model on many tasks written as \
              natural-language instructions, so it follows new instructions zero-shot.""")
              .build());

  /** Self-Instruct. Source: arXiv 2212.10560. */
  public static final Technique SELF_INSTRUCT =
      register(
          Technique.builder()
              .id("self-instruct")
              .name("Self-Instruct")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("instruction-tuning")
              .year(Year.of(2022))
              .reference(Source.arxiv("2212.10560"))
              .summary(
                  """
              A pretrained model bootstraps its own instruction data from 175 human-written seed \
              tasks, generating, filtering and reusing new instructions.""")
              .build());

  /** Knowledge distillation. Source: arXiv 1503.02531. */
  public static final Technique KNOWLEDGE_DISTILLATION =
      register(
          Technique.builder()
              .id("knowledge-distillation")
              .name("Knowledge distillation")
              .kind(TechniqueKind.TRAINING_METHOD)
              .year(Year.of(2015))
              .reference(Source.arxiv("1503.02531"))
              .summary(
                  """
              A small student is trained to match the outputs of a larger teacher, the ancestor of \
              2023's recipes that learn from a stronger model's answers.""")
              .build());

  /** LoRA. Source: arXiv 2106.09685. */
  public static final Technique LORA =
      register(
          Technique.builder()
              .id("lora")
              .name("LoRA (Low-Rank Adaptation)")
              .kind(TechniqueKind.TRAINING_METHOD)
              .year(Year.of(2021))
              .reference(Source.arxiv("2106.09685"))
              .summary(
                  """
              Freezes the pretrained weights and learns a low-rank additive update for selected \
              matrices, cutting the trainable parameters by orders of magnitude.""")
              .build());

  /** Low-bit weight quantization (LLM.int8, 4-bit NormalFloat). Source: arXiv 2208.07339. */
  public static final Technique QUANTIZATION =
      register(
          Technique.builder()
              .id("quantization")
              .name("Low-bit weight quantization")
              .kind(TechniqueKind.TRAINING_METHOD)
              .year(Year.of(2022))
              .reference(Source.arxiv("2208.07339"))
              .summary(
                  """
              Stores weights in 8 or 4 bits with scale factors and outlier handling, so large \
              models fit on a single GPU.""")
              .build());

  /** QLoRA. Source: arXiv 2305.14314 (University of Washington). */
  public static final Technique QLORA =
      register(
          Technique.builder()
              .id("qlora")
              .name("QLoRA")
              .kind(TechniqueKind.TRAINING_METHOD)
              .parent("lora")
              .year(Year.of(2023))
              .reference(Source.arxiv("2305.14314"))
              .summary(
                  """
              Trains LoRA adapters on top of a frozen base model stored in 4-bit NormalFloat, with \
              double quantization and paged optimizers, bringing 65B fine-tuning to one 48 GB GPU. \
              Seed 004 says the low-rank matrices are quantized; it is the frozen base model that \
              is quantized (github.com/artidoro/qlora).""")
              .build());

  // Reinforcement learning and search

  /** Deep reinforcement learning, the training regime of AlphaZero and AlphaTensor. */
  // not recorded: year and reference; added because AlphaZero and AlphaTensor need the node
  public static final Technique DEEP_REINFORCEMENT_LEARNING =
      register(
          Technique.builder()
              .id("deep-reinforcement-learning")
              .name("Deep reinforcement learning")
              .kind(TechniqueKind.TRAINING_METHOD)
              .summary(
                  """
              A neural network policy or value function learns from the rewards of its own \
              actions, for instance by self-play.""")
              .build());

  /**
   * Monte Carlo tree search, the planning step of AlphaZero, named by Coulom's "Efficient
   * Selectivity and Backup Operators in Monte-Carlo Tree Search" (Computers and Games 2006, LNCS
   * 4630). Source: doi:10.1007/978-3-540-75538-8_7.
   */
  public static final Technique MONTE_CARLO_TREE_SEARCH =
      register(
          Technique.builder()
              .id("monte-carlo-tree-search")
              .name("Monte Carlo tree search")
              .kind(TechniqueKind.INFERENCE_METHOD)
              .year(Year.of(2006))
              .reference(Source.doi("10.1007/978-3-540-75538-8_7"))
              .summary(
                  """
              Plans by growing a search tree of simulated moves, guided here by a learned policy \
              and value network.""")
              .build());

  // Prompting

  /** Chain-of-thought prompting, used by PaLM and Minerva. Source: arXiv 2201.11903. */
  public static final Technique CHAIN_OF_THOUGHT_PROMPTING =
      register(
          Technique.builder()
              .id("chain-of-thought-prompting")
              .name("Chain-of-thought prompting")
              .kind(TechniqueKind.INFERENCE_METHOD)
              .year(Year.of(2022))
              .reference(Source.arxiv("2201.11903"))
              .summary(
                  """
              Few-shot prompts that show worked, step-by-step solutions so the model writes out \
              its reasoning before the answer.""")
              .build());
}
