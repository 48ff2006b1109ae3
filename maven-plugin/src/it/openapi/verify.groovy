// One document per catalog, with per-operation responses; swagger-parser reads every bundled
// catalog's document in the engine's tests (OpenApiTest).
def dir = new File(basedir, 'target/errcat-openapi')
def shop = new groovy.json.JsonSlurper().parse(new File(dir, 'shop.openapi.json'))
assert shop.openapi == '3.1.0'
assert shop['x-errcat-operations'].PlaceOrder != null
def faas = new groovy.json.JsonSlurper().parse(new File(dir, 'faas.openapi.json'))
assert faas.components.responses['LoadFpgaImage-404'] != null
return true
