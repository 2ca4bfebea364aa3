/// A double written as its IEEE 754 bit pattern (16 hex digits), so reading it back gives the same bits on any
/// machine: how a sharded night publishes the figures every score task must share.
enum ExactDouble {
    static func text(_ value: Double) -> String {
        let hex = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func value(_ text: String) -> Double? {
        guard text.utf8.count == 16, let bits = UInt64(text, radix: 16) else { return nil }
        return Double(bitPattern: bits)
    }
}
