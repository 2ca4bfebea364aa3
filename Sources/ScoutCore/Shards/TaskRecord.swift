/// `task.json` in every sharded task's folder: which step wrote it, for which shard and which plan. Each task
/// checks the folders it reads against tonight's plan, so outputs of another night or shard count never mix.
struct TaskRecord: Codable, Sendable, Equatable {
    var step: String
    /// `k/N`; nil for a global step.
    var shard: String?
    /// `ShardPlan.id`.
    var plan: String

    /// Writes the task's folder `path` whole: `body` writes its files (paths from `TaskFolder.file`), then this
    /// record, then the folder is committed.
    /// - Returns: the final paths of `files` in it.
    func write(_ path: String, files: [String], _ body: (TaskFolder) throws -> Void) throws -> [String] {
        let folder = try TaskFolder(path)
        try body(folder)
        try JSONFile.write(self, to: folder.file(ShardLayout.taskFile))
        try folder.commit()
        return files.map { path + "/" + $0 }
    }

    /// The record of `step` (for `shard`) of the night planned as `plan`.
    init(step: String, shard: Shard? = nil, plan: ShardPlan) {
        self.step = step
        self.shard = shard?.description
        self.plan = plan.id
    }

    /// Checks that `folder` holds the output of `step` (for `shard`) written for `plan`.
    /// - Throws: `ScoutError.badIntermediate` naming the folder and the step to run.
    static func check(_ folder: String, step: String, shard: Shard?, plan: ShardPlan) throws {
        let path = folder + "/" + ShardLayout.taskFile
        guard let record = try? JSONFile.read(TaskRecord.self, from: path) else {
            throw ScoutError.badIntermediate(
                path: folder, reason: "missing (run `scout \(step)\(shard.map { " --shard \($0)" } ?? "")` first)")
        }
        guard record.plan == plan.id, record.step == step, record.shard == shard?.description else {
            throw ScoutError.badIntermediate(
                path: folder,
                reason:
                    "written for another plan or shard (run `scout \(step)\(shard.map { " --shard \($0)" } ?? "")` again)"
            )
        }
    }
}
