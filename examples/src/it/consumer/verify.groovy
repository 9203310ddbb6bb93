// Runs after the consumer's build: its tests (six, plus one per survey model) must have run on the module path and passed.
File reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no surefire reports: the consumer tests did not run'

File report = new File(reports, 'TEST-io.github.genaitaxonomy.it.consumer.ConsumerAppTest.xml')
assert report.isFile() : "missing ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
int tests = suite.@tests.toInteger()
assert tests > 6 : "expected six tests and one per survey model, ran ${tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("Tests run: ${tests}, Failures: 0, Errors: 0, Skipped: 0")
assert !log.contains('[WARNING] COMPILATION WARNING') : 'the consumer compiled with warnings'
assert new File(basedir, 'target/consumer-1.0-SNAPSHOT.jar').isFile()
return true
