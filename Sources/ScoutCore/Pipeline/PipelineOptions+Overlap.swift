import Foundation

extension PipelineOptions {
    /// Whether a run with these options writes files on one thread while it computes on another (a stage's files
    /// while the next stage computes, the workbook while the CSV deliverables are written): not with
    /// `--threads 1`, where one thread means one thread (docs/performance.md, "Stage writes overlap").
    var overlapsWrites: Bool {
        max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount) > 1
    }
}
