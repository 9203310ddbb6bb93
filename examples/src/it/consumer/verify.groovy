// Runs after the consumer's build: its four tests must have run on the module path and passed.
File reports = new File(basedir, 'target/surefire-reports')
assert reports.isDirectory() : 'no surefire reports: the consumer tests did not run'

File report = new File(reports, 'TEST-io.github.genaitaxonomy.it.consumer.ConsumerAppTest.xml')
assert report.isFile() : "missing ${report}"
def suite = new groovy.xml.XmlSlurper().parse(report)
assert suite.@tests.toInteger() == 4 : "expected 4 tests, ran ${suite.@tests}"
assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/consumer-1.0-SNAPSHOT.jar').isFile()
return true
