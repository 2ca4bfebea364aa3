import Crypto
import Foundation

/// The per-installation secret that keys e-mail hashes (`EmailKey`), so a hash cannot be reversed by hashing
/// guessed addresses without the secret.
///
/// Kept in `$SCOUT_SECRET_FILE`, else `$XDG_CONFIG_HOME/scout/secret`, else `~/.config/scout/secret`: 32 random
/// bytes as 64 hex digits. Created on first use (folder 0700, file 0600, never through a symbolic link); every run
/// of the same installation then gives the same keys. Copy the file to give another machine the same keys; a new
/// secret changes every key (links within a night are unaffected). See docs/privacy.md.
public struct InstallationSecret: Sendable {
    public let key: SymmetricKey
    public let path: String
    /// HMAC-SHA256 already keyed with `key` (its inner and outer pads hashed once): `EmailKey` copies it per
    /// address instead of keying a new one.
    package let keyedMAC: HMAC<Crypto.SHA256>

    public init(key: SymmetricKey, path: String) {
        self.key = key
        self.path = path
        keyedMAC = HMAC<Crypto.SHA256>(key: key)
    }

    /// The secret of this installation, loaded (or created) once per process.
    public static let shared: Result<InstallationSecret, ScoutError> = Result { try load(path: defaultPath()) }
        .mapError { $0 as? ScoutError ?? .unreadableInput(path: defaultPath(), reason: "\($0)") }

    /// The installation secret, or the error that says why it cannot be had (call before any e-mail is keyed).
    public static func require() throws -> InstallationSecret { try shared.get() }

    /// Where the secret lives.
    public static func defaultPath() -> String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["SCOUT_SECRET_FILE"], !path.isEmpty { return path }
        let config =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".config")
        return (config as NSString).appendingPathComponent("scout/secret")
    }

    /// Reads the secret at `path`, creating it when absent.
    /// - Throws: `ScoutError.cannotWrite` when it cannot be created or read, `unreadableInput` when it is not 64 hex digits.
    public static func load(path: String) throws -> InstallationSecret {
        // The machine's fault (no writable home…): exit 70; a malformed file is bad input (exit 1).
        func fail(_ reason: String) -> ScoutError { .cannotWrite(path: path, reason: "installation secret: " + reason) }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch { throw fail("cannot create its folder: \(error.localizedDescription)") }
        }
        let created = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if created >= 0 {
            var generator = SystemRandomNumberGenerator()
            let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let text = Array((bytes.map { String(format: "%02x", $0) }.joined() + "\n").utf8)
            let written = text.withUnsafeBytes { write(created, $0.baseAddress, $0.count) }
            let synced = fsync(created) == 0
            close(created)
            guard written == text.count, synced else {
                unlink(path)
                throw fail("cannot write: " + String(cString: strerror(errno)))
            }
        } else if errno != EEXIST {
            throw fail("cannot create: " + String(cString: strerror(errno)))
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail("cannot read: " + String(cString: strerror(errno))) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let hex = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard hex.count == 64, let bytes = Self.bytes(hex: hex) else {
            throw ScoutError.unreadableInput(
                path: path,
                reason: "installation secret: not 64 hex digits (restore it, or delete it to start a new one)")
        }
        return InstallationSecret(key: SymmetricKey(data: bytes), path: path)
    }

    static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else {
                return nil
            }
            bytes.append(byte)
        }
        return bytes
    }
}
