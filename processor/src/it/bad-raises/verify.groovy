// javac's error, as Maven prints it: the source file, [line,column], the id and the did-you-mean.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/java/com/acme/fpga/FpgaImageService.java').canonicalPath
def expected = "${file}:[9,7] [ERRCAT-P013] catalog 'faas' has no error code 'SHELL NOT MACH'" +
    " (did you mean 'SHELL NOT MATCH'?)"
assert log.contains(expected) : "build.log lacks: $expected"
return true
