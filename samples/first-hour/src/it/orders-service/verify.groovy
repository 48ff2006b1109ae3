// The README's project built as a user builds it: its code generated into its own package, its
// reference written, the editor's schema where the catalog's first line points, its test green.
def log = new File(basedir, 'build.log').text
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/
assert log.contains('BUILD SUCCESS')
def gen = new File(basedir, 'target/generated-sources/errcat/com/example/orders/errors')
['OrdersError.java', 'OrdersException.java', 'OrdersHttpMapper.java'].each {
  assert new File(gen, it).isFile() : "generated $it is missing"
}
assert new File(basedir, 'target/errcat-docs/orders.html').isFile()
assert new File(basedir, 'target/errcat/errcat-catalog.schema.json').isFile()
return true
