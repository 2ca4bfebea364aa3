import Foundation

/// The JSON files of a run: stage reports (`files.json`), `manifest.json`, `run.json`; written atomically with
/// sorted keys, so equal values give equal bytes.
package enum JSONFile {
    /// Writes a value as JSON atomically (sorted keys, pretty printed).
    package static func write<T: Encodable>(_ value: T, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try encoder.encode(value)) + [0x0A], to: path)
    }

    /// Reads JSON written by `write`.
    package static func read<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScoutError.badIntermediate(path: path, reason: "missing (run the previous stage first)")
        }
        do { return try JSONDecoder().decode(type, from: data) } catch {
            throw ScoutError.badIntermediate(path: path, reason: "\(error)")
        }
    }
}
