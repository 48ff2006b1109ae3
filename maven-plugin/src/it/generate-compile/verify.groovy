// Both catalogs were generated and compiled, the test of the generated API passed, and the
// catalogs were copied to the class path.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERRCAT-M24] 2 catalogs checked: 0 errors, 0 warnings')
def gen = new File(basedir, 'target/generated-sources/errcat')
['it/shop/ShopError.java', 'it/shop/ShopException.java', 'it/shop/ShopHttpMapper.java',
 'io/errcat/catalogs/billing/BillingError.java'].each {
  assert new File(gen, it).isFile() : "generated $it is missing"
}
assert new File(basedir, 'target/classes/it/shop/ShopError.class').isFile()
// copied as <id>.yaml, also billing.yml, so class path lookups by id find them
['shop.yaml': 'shop.yaml', 'billing.yml': 'billing.yaml'].each { source, copy ->
  assert new File(basedir, "target/classes/META-INF/errcat/$copy").bytes ==
      new File(basedir, "src/main/errcat/$source").bytes
}
assert log =~ /Tests run: [1-9]\d*, Failures: 0, Errors: 0, Skipped: 0/
return true
