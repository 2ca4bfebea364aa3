import Crypto
import Foundation

/// SHA-256 (FIPS 180-4), used to fingerprint a night's inputs and stage outputs in `run.json`.
///
/// The compression is swift-crypto's (BoringSSL's assembly: AVX2 / SHA extensions where the CPU has them, about
/// twice the throughput of the Swift loop this type used to run); this type keeps Scout's small API: bytes in,
/// 64 lower-case hex digits out, and files read in 1 MiB chunks into one reused buffer.
///
/// - Complexity: O(n) in the bytes hashed.
package struct SHA256: Sendable {
    private var state = Crypto.SHA256()

    package init() {}

    /// Feeds more bytes.
    package mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in update(UnsafeRawBufferPointer(buffer)) }
        if done == nil { Array(bytes).withUnsafeBytes { update($0) } }
    }

    /// Feeds the bytes at `raw`.
    package mutating func update(_ raw: UnsafeRawBufferPointer) {
        state.update(bufferPointer: raw)
    }

    /// The digest as 64 lower-case hex digits.
    package mutating func finalize() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in state.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The digest of `bytes`.
    package static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest and size of the file at `path`, or nil when it cannot be read.
    package static func file(_ path: String) -> (sha256: String, bytes: Int)? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var hasher = SHA256()
        var total = 0
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            total += count
            hasher.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        return (hasher.finalize(), total)
    }
}
