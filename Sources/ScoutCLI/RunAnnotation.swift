import Foundation
import ScoutCore

/// History and do-not-contact for `scout run --out DIR` (both optional there).
enum RunAnnotation {
    /// Applies `ShortlistAnnotator` to DIR's outputs when `--history` or `--do-not-contact` was given.
    static func apply(directory: String, history: String?, doNotContact: String?, runID: String?, excel: Bool) throws {
        guard history != nil || doNotContact != nil else { return }
        let store = try history.map { try HistoryStore(path: $0) }
        let list = try doNotContact.map { try DoNotContactList.load($0) }
        let annotator = ShortlistAnnotator(doNotContact: list, history: store, runID: runID ?? RunClock.today(), excelBOM: excel)
        _ = try annotator.run(layout: RunLayout(directory: directory), recordedAt: RunClock.timestamp(Date()))
    }
}
