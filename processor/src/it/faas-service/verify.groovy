// The processor ran from annotationProcessorPaths and wrote the catalog APIs and the tables.
def gen = new File(basedir, 'target/generated-sources/annotations')
['io/errcat/catalogs/faas/FaasError.java', 'com/acme/fpga/FpgaImageServiceErrors.java',
 'com/acme/api/errors/GreeterError.java', 'com/acme/api/GreeterErrors.java'].each {
  assert new File(gen, it).isFile() : "not generated: $it"
}
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('ERRCAT-P') : 'no processor diagnostics expected'
return true
