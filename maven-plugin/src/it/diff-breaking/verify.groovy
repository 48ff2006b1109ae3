// Every breaking change is listed at its position and the build failed on them.
def log = new File(basedir, 'build.log').text
def expected = [
  "[ERROR] baseline/shop.yaml:7:5: breaking: operation 'CancelOrder' was removed",
  "[ERROR] baseline/shop.yaml:17:11: breaking: code 'ShopClosed' was removed",
  "[ERROR] src/main/errcat/shop.yaml:9:17: breaking: code 'OrderNotFound' changed its HTTP status from 404 to 410 (baseline: baseline/shop.yaml:10:17)",
  "[ERROR] src/main/errcat/shop.yaml:14:14: breaking: code 'QuantityTooLarge' changed its message from 'quantity %d exceeds the limit of %d' to 'limit %d is below quantity %d'",
  "[ERROR] src/main/errcat/shop.yaml:15:13: breaking: code 'QuantityTooLarge' reordered its parameters from (int quantity, int limit) to (int limit, int quantity)",
  "[ERRCAT-M25] 1 catalog against baseline: 5 breaking changes, 0 compatible changes",
  "[ERRCAT-M11] 5 breaking changes against the baseline; set errcat.allowBreaking to accept them",
]
expected.each { assert log.contains(it) : "build.log lacks: $it" }
return true
