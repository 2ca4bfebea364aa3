/// Byte-to-text decoding helpers: UTF-8 with a Windows-1252 fallback, and UTF-16 to UTF-8.
enum TextDecoding {
    /// Decodes `bytes` as UTF-8, or as Windows-1252 when the record was not valid UTF-8.
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: CSVRecord.RecordEncoding) -> String {
        switch encoding {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in bytes { scalars.append(windows1252Scalar(byte)) }
            return String(scalars)
        }
    }

    /// The Unicode scalar for one Windows-1252 byte.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80 && byte < 0xA0 else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
            0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(byte - 0x80)])!
    }
}

/// Converts a UTF-16 byte stream to UTF-8 block by block, carrying split code units and surrogates.
struct UTF16Transcoder {
    let bigEndian: Bool
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?

    init(bigEndian: Bool) { self.bigEndian = bigEndian }

    /// Appends the UTF-8 form of `bytes` to `output`; invalid sequences become U+FFFD.
    mutating func transcode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        var index = 0
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 + 1)
        if let first = pendingByte, bytes.count > 0 {
            units.append(makeUnit(first, bytes[0]))
            pendingByte = nil
            index = 1
        }
        while index + 1 < bytes.count {
            units.append(makeUnit(bytes[index], bytes[index + 1]))
            index += 2
        }
        if index < bytes.count { pendingByte = bytes[index] }
        if let high = pendingHighSurrogate {
            units.insert(high, at: 0)
            pendingHighSurrogate = nil
        }
        if let last = units.last, UTF16.isLeadSurrogate(last) {
            pendingHighSurrogate = units.removeLast()
        }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): output.append(contentsOf: UTF8.encode(scalar)!)
            case .error: output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case .emptyInput: break loop
            }
        }
    }

    /// Ends the input: a high surrogate still waiting for its pair becomes U+FFFD.
    /// - Returns: true when an odd last byte (half a code unit) was left over and dropped.
    mutating func finish(into output: inout [UInt8]) -> Bool {
        if pendingHighSurrogate != nil {
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            pendingHighSurrogate = nil
        }
        defer { pendingByte = nil }
        return pendingByte != nil
    }

    private func makeUnit(_ a: UInt8, _ b: UInt8) -> UInt16 {
        bigEndian ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a)
    }
}
