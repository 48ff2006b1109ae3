// Both catalogs were generated and compiled, the test of the generated API passed, and the
// catalogs were copied to the class path.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERRCAT-P24] 2 catalogs checked: 0 errors, 0 warnings')
def gen = new File(basedir, 'target/generated-sources/errcat')
['it/shop/ShopError.java', 'it/shop/ShopException.java', 'it/shop/ShopHttpMapper.java',
 'io/errcat/catalogs/billing/BillingError.java'].each {
  assert new File(gen, it).isFile() : "generated $it is missing"
}
assert new File(basedir, 'target/classes/it/shop/ShopError.class').isFile()
['shop.yaml', 'billing.yaml'].each {
  def copy = new File(basedir, "target/classes/META-INF/errcat/$it")
  assert copy.bytes == new File(basedir, "src/main/errcat/$it").bytes
}
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0/
return true
