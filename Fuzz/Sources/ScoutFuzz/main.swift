import CFuzzerDriver
import Foundation

// SwiftPM gives an executable its own `main`; it hands over to libFuzzer's driver with the command line.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOneInput(data, size) })
