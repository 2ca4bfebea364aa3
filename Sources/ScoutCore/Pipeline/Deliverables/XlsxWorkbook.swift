import CXlsxWriter
import Foundation

/// A libxlsxwriter workbook (Debian `libxlsxwriter-dev`): owns the C object, checks every call that can fail,
/// and commits the finished file atomically. The only file that imports `CXlsxWriter` besides its sheets and charts.
///
/// libxlsxwriter writes the package itself (XML parts in a zip) when the workbook is closed; Scout writes no XML.
/// Text goes in as string cells only (`worksheet_write_string`), never as formulas.
final class XlsxWorkbook {
    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let temporaryPath: String
    private var closed = false
    let path: String

    /// Excel's limits: characters in a cell, in a link.
    static let maxCellCharacters = 32_767
    static let maxURLLength = 2_079

    /// Starts a workbook that `commit()` writes to `path`; `created` is its creation date (a fixed value keeps the
    /// bytes identical for the same night).
    init(path: String, created: Date, title: String) throws {
        self.path = path
        temporaryPath = NSTemporaryDirectory() + "/scout-\(getpid())-\(UUID().uuidString).xlsx"
        guard let workbook = workbook_new(temporaryPath) else {
            throw ScoutError.cannotWrite(
                path: path, reason: "cannot start a workbook (out of memory or temporary folder not writable)")
        }
        self.workbook = workbook
        try title.withCString { title in
            try "Scout".withCString { author in
                var properties = lxw_doc_properties()
                properties.title = UnsafeMutablePointer(mutating: title)
                properties.author = UnsafeMutablePointer(mutating: author)
                properties.created = time_t(max(created.timeIntervalSince1970.rounded(), 1))
                try check(workbook_set_properties(workbook, &properties), "document properties")
            }
        }
    }

    deinit {
        if !closed {
            // The C object is freed by closing it; the unfinished file is not kept.
            workbook_close(workbook)
            unlink(temporaryPath)
        }
    }

    /// Adds a worksheet named `name` (already made safe and unique, see `SheetNames`).
    func addSheet(_ name: String) throws -> XlsxSheet {
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw ScoutError.cannotWrite(path: path, reason: "cannot add sheet '\(name)'")
        }
        return XlsxSheet(sheet, name: name, workbook: self)
    }

    /// A cell format; `configure` sets its properties through `XlsxFormat`.
    func format(_ configure: (inout XlsxFormat) -> Void) -> XlsxFormat {
        var format = XlsxFormat(workbook_add_format(workbook))
        configure(&format)
        return format
    }

    /// A chart of `type` (`LXW_CHART_COLUMN`, …) to configure and insert into a sheet.
    func chart(_ type: lxw_chart_type) throws -> XlsxChart {
        guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
            throw ScoutError.cannotWrite(path: path, reason: "cannot add a chart")
        }
        return XlsxChart(chart)
    }

    /// Writes the package and renames it onto `path` atomically.
    func commit() throws {
        closed = true
        let error = workbook_close(workbook)
        defer { unlink(temporaryPath) }
        try check(error, "writing the workbook")
        guard let data = FileManager.default.contents(atPath: temporaryPath) else {
            throw ScoutError.cannotWrite(path: path, reason: "cannot read back the finished workbook")
        }
        try AtomicFile.write(Array(data), to: path)
    }

    /// Throws a message naming the file and what was being done when `error` is not `LXW_NO_ERROR`.
    func check(_ error: lxw_error, _ doing: String) throws {
        guard error != LXW_NO_ERROR else { return }
        throw ScoutError.cannotWrite(
            path: path, reason: "cannot write (\(doing)): " + String(cString: lxw_strerror(error)))
    }
}
