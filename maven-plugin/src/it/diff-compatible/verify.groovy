// Compatible changes are listed and do not fail the build.
def log = new File(basedir, 'build.log').text
def expected = [
  "[INFO] src/main/errcat/shop.yaml:8:5: compatible: operation 'TrackOrder' was added",
  "[INFO] src/main/errcat/shop.yaml:14:18: compatible: code 'OrderNotFound' changed its description",
  "[INFO] src/main/errcat/shop.yaml:19:15: compatible: code 'QuantityTooLarge' changed its solution",
  "[INFO] src/main/errcat/shop.yaml:23:11: compatible: code 'PaymentDeclined' was added",
  "[ERRCAT-M25] 1 catalog against baseline: 0 breaking changes, 4 compatible changes",
  "BUILD SUCCESS",
]
expected.each { assert log.contains(it) : "build.log lacks: $it" }
assert !log.contains('breaking:')
return true
