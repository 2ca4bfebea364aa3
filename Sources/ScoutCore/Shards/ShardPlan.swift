import Foundation

/// `shards/plan/plan.json`: a sharded night's record, written once by `scout plan --shards N` and read by every
/// task after it. It orders the input files globally (a row's identity is its file's index and its line), gives
/// whole files to the ingest shards (never split a file: encoding, delimiter, percent columns and column misfit are
/// judged on the whole file), and records the options and the reference tables' fingerprint, so every task runs
/// with the same ones whatever machine it lands on.
public struct ShardPlan: Codable, Sendable {
    /// One creator export, in the night's order.
    public struct File: Codable, Sendable, Equatable {
        /// Position in the expanded `--creators` list: the global order of rows (with the line).
        public var index: Int
        public var path: String
        public var bytes: Int
        /// The ingest shard that reads it (from 1).
        public var shard: Int
    }

    /// SHA-256 of the plan's JSON with an empty `id`: what every task's `task.json` names.
    public var id = ""
    public var shards: Int
    public var files: [File]
    /// The options every task runs with (the ingest, normalise, score and shortlist groups, and the data folder).
    public var options: RecordedOptions
    /// SHA-256 over the reference tables (`ReferenceData.Table` order): every task checks its own against it.
    public var reference: String
    /// The briefs file's report (the last entry of `manifest.json` `inputs`).
    public var briefs: FileReport

    enum CodingKeys: String, CodingKey { case id, shards, files, options, reference, briefs }

    /// The plan for `options`: files expanded and given to `shards` ingest shards, largest first, each to the
    /// shard with the fewest bytes so far (ties to the lower shard), so the shards read about as much.
    /// - Throws: `ScoutError` for an input that does not exist.
    static func make(options: PipelineOptions, shards: Int, briefs: FileReport) throws -> ShardPlan {
        let paths = try InputFiles.expand(options.ingest.creators)
        var files = paths.enumerated().map { index, path in
            File(index: index, path: path, bytes: fileSize(path), shard: 1)
        }
        var load = Array(repeating: 0, count: shards)
        for index in files.indices.sorted(by: { (files[$1].bytes, $0) < (files[$0].bytes, $1) }) {
            let lightest = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
            files[index].shard = lightest + 1
            load[lightest] += files[index].bytes
        }
        var plan = ShardPlan(
            shards: shards, files: files, options: options.recorded,
            reference: referenceFingerprint(options.dataDirectory), briefs: briefs)
        plan.id = plan.fingerprint()
        return plan
    }

    /// The size of `path` in bytes from `stat` (0 when it cannot be had): the plan only balances sizes, so the
    /// file is not read (it used to be hashed just for its length).
    static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The SHA-256 of this plan's JSON with an empty id.
    func fingerprint() -> String {
        var copy = self
        copy.id = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var hash = SHA256()
        hash.update(Array((try? encoder.encode(copy)) ?? Data()))
        return hash.finalize()
    }

    /// One SHA-256 over every reference table's name and SHA-256 (`missing` for an absent one).
    static func referenceFingerprint(_ dataDirectory: String) -> String {
        var hash = SHA256()
        for path in ReferenceData.files(in: dataDirectory) {
            hash.update(
                Array("\((path as NSString).lastPathComponent) \(SHA256.file(path)?.sha256 ?? "missing")\n".utf8))
        }
        return hash.finalize()
    }

    /// The files shard `shard` ingests, in the night's order.
    package func files(of shard: Shard) -> [File] { files.filter { $0.shard == shard.index } }

    /// File `name` in every shard's folder of a step (`folder`) of the night in `directory`: what a global step reads.
    static func shardFiles(run directory: String, _ folder: (ShardLayout, Shard) -> String, _ name: String) throws
        -> [String]
    {
        let layout = ShardLayout(run: directory)
        return try read(run: directory).allShards.map { folder(layout, $0) + "/" + name }
    }

    /// Every shard of the night.
    package var allShards: [Shard] { Shard.all(shards) }

    /// The night's options for a task writing into `directory`, reading the reference tables in `dataDirectory`
    /// (the plan's folder unless given).
    public func pipelineOptions(directory: String, dataDirectory: String?) -> PipelineOptions {
        var options = PipelineOptions(
            creators: self.options.ingest.creators, briefs: self.options.ingest.briefs,
            outputDirectory: directory, dataDirectory: dataDirectory ?? self.options.data)
        options.ingest = self.options.ingest
        options.normalize = self.options.normalize
        options.score = self.options.score
        options.shortlist = self.options.shortlist
        return options
    }

    /// Reads the plan of the night in `directory`.
    /// - Throws: `ScoutError.badIntermediate` when there is none (run `scout plan` first) or it was edited.
    public static func read(run directory: String) throws -> ShardPlan {
        let folder = ShardLayout(run: directory).plan
        let plan = try JSONFile.read(ShardPlan.self, from: folder + "/" + ShardLayout.planFile)
        guard plan.id == plan.fingerprint() else {
            throw ScoutError.badIntermediate(
                path: folder + "/" + ShardLayout.planFile, reason: "edited since `scout plan` wrote it (plan again)")
        }
        return plan
    }

    /// Checks that `shard` is one of this plan's and that the reference tables in `dataDirectory` are the plan's.
    /// - Throws: `ScoutError.badOption`.
    func check(shard: Shard?, dataDirectory: String) throws {
        if let shard, shard.count != shards {
            throw ScoutError.badOption(
                "--shard \(shard): the night was planned with \(shards) shards (use --shard K/\(shards))")
        }
        if Self.referenceFingerprint(dataDirectory) != reference {
            throw ScoutError.badOption(
                "\(dataDirectory): the reference tables differ from those the night was planned with "
                    + "(every task must read the same data folder)")
        }
    }
}
