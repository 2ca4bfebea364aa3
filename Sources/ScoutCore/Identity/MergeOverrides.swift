import Foundation

/// User corrections to identity resolution, from `data/merge_overrides.csv` and `--merge-overrides`.
///
/// Columns `action,a,b,note`: `never_merge` keeps two accounts apart (it splits a person link, and an account
/// merge made through a shared platform id or profile URL); `always_merge` links two accounts as one person.
/// `a` and `b` name accounts as `platform:handle` (`instagram:name`, `IG:@Name`) or as a profile URL.
public struct MergeOverrides: Sendable {
    public struct Pair: Sendable, Hashable {
        /// Account ids (`platform:handle`), `a < b`.
        public var a: String
        public var b: String
        public var note: String
        /// `file:line` of the override, for evidence.
        public var origin: String
    }

    public var never: [Pair] = []
    public var always: [Pair] = []

    public init() {}

    /// Reads an override file. Rows whose action starts with `#` and blank rows are skipped; `note` may be omitted.
    /// - Throws: `ScoutError.badReferenceData` for an unknown action or an account that cannot be read.
    public static func load(_ path: String) throws -> MergeOverrides {
        var result = MergeOverrides()
        var header: [String]?
        do {
            _ = try CSVFileReader.read(path: path, delimiter: UInt8(ascii: ",")) { record in
                let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
                guard header != nil else {
                    header = fields.map { $0.lowercased() }
                    guard header!.prefix(3) == ["action", "a", "b"] else {
                        throw ScoutError.badReferenceData(
                            path: path, line: record.line, reason: "header must start action,a,b (then note)")
                    }
                    return
                }
                guard let action = fields.first, !action.isEmpty, !action.hasPrefix("#") else { return }
                func fail(_ reason: String) -> ScoutError {
                    .badReferenceData(path: path, line: record.line, reason: reason)
                }
                guard fields.count >= 3 else { throw fail("expected action,a,b,note") }
                guard let a = accountID(fields[1]) else {
                    throw fail("cannot read account '\(fields[1])' (use platform:handle or a profile URL)")
                }
                guard let b = accountID(fields[2]) else {
                    throw fail("cannot read account '\(fields[2])' (use platform:handle or a profile URL)")
                }
                guard a != b else { throw fail("'\(fields[1])' and '\(fields[2])' are the same account") }
                let pair = Pair(
                    a: min(a, b), b: max(a, b), note: fields.count > 3 ? EmailRedaction.redact(fields[3]) : "",
                    origin: "\(path):\(record.line)")
                switch action.lowercased() {
                case "never_merge": result.never.append(pair)
                case "always_merge": result.always.append(pair)
                default: throw fail("action '\(action)' is not never_merge or always_merge")
                }
            } onMalformedRecord: { issue in
                throw ScoutError.badReferenceData(
                    path: path, line: issue.line, reason: "\(issue.kind) at line \(issue.line)")
            }
        } catch let error as CSVError {
            throw ScoutError.unreadableInput(path: path, reason: error.description)
        }
        return result
    }

    /// Both sets of overrides; a pair that is both never and always merged stays apart.
    public func adding(_ other: MergeOverrides) -> MergeOverrides {
        var result = self
        result.never += other.never
        result.always += other.always
        return result
    }

    /// The `never_merge` pairs with their ids mapped through `resolve` (a pair that resolves to one id is dropped):
    /// `partners`, a symmetric lookup for `IdentityGraph`, and `byKey`, each pair under `pairKey` (the first pair
    /// of a key wins), for the evidence of a refused join.
    func neverPairs(resolving resolve: (String) -> String = { $0 }) -> (
        partners: [String: Set<String>], byKey: [String: Pair]
    ) {
        var partners: [String: Set<String>] = [:]
        var byKey: [String: Pair] = [:]
        for pair in never {
            let (a, b) = (resolve(pair.a), resolve(pair.b))
            guard a != b else { continue }
            partners[a, default: []].insert(b)
            partners[b, default: []].insert(a)
            byKey[Self.pairKey(a, b)] = byKey[Self.pairKey(a, b)] ?? pair
        }
        return (partners, byKey)
    }

    /// The key of the unordered pair of ids `a`, `b`.
    static func pairKey(_ a: String, _ b: String) -> String { "\(min(a, b)) \(max(a, b))" }

    /// The account id named by `text`: `platform:handle` (any platform spelling, `@` optional) or a profile URL.
    public static func accountID(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if HandleParsing.looksLikeURL(trimmed) {
            guard let parsed = HandleParsing.parse(trimmed), let platform = parsed.platform else { return nil }
            return "\(platform.rawValue):\(parsed.handle)"
        }
        guard let colon = trimmed.firstIndex(of: ":"), let platform = Platform(parsing: String(trimmed[..<colon])),
            let parsed = HandleParsing.parse(String(trimmed[trimmed.index(after: colon)...]))
        else { return nil }
        return "\(platform.rawValue):\(parsed.handle)"
    }
}
