import ArgumentParser
import Foundation
import ScoutCore

/// `scout inspect FILE`: shows how Scout reads a file.
package struct InspectCommand: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a CSV file is read: encoding, delimiter, line endings, header mapping, record count.",
        discussion: """
            With --records, prints every parsed record (header included) as one JSON array of strings per line, \
            raw fields before any normalisation; works for any CSV. Parse problems go to standard error with \
            line and column; an unterminated quote or text after a closing quote makes the exit code 1.
            """)

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file"))
    var file: String

    @Flag(help: "Print every record as a JSON array of strings, one per line.")
    var records = false

    @Option(
        help: ArgumentHelp("Force the delimiter (',', ';', 'tab', '|') instead of detecting it.", valueName: "char"))
    var delimiter: String?

    @OptionGroup var data: DataArguments

    package init() {}

    package func run() throws {
        var failed = false
        try runMappingErrors {
            let forced: UInt8? = try delimiter.map { text in
                switch text {
                case "tab", "\\t", "\t": return 0x09
                case let single where single.utf8.count == 1: return single.utf8.first!
                default: throw ScoutError.badOption("--delimiter must be one character or 'tab'")
                }
            }
            var out = FileHandleOutput()
            var header: [String]?
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            let info: CSVFileInfo
            do {
                info = try CSVFileReader.read(path: file, delimiter: forced) { record in
                    if header == nil { header = record.fields }
                    if let stray = record.strayQuote {
                        printError(
                            "\(file):\(stray.line):\(stray.column): warning: quote inside an unquoted field; read literally"
                        )
                    }
                    if records { out.write(Array(try encoder.encode(record.fields)) + [0x0A]) }
                } onMalformedRecord: { issue in
                    failed = true
                    switch issue.kind {
                    case .unterminatedQuote:
                        printError(
                            "\(file):\(issue.line):\(issue.column): error: quoted field never closed; the following lines were read again"
                        )
                    case .textAfterClosingQuote:
                        printError(
                            "\(file):\(issue.position.line):\(issue.column): error: text after a closing quote; record starting at line \(issue.line) skipped"
                        )
                    case .recordTooLong:
                        printError(
                            "\(file):\(issue.line):1: error: line of \(issue.byteCount) bytes, above the record limit; skipped"
                        )
                    }
                }
            } catch let error as CSVError {
                throw ScoutError.unreadableInput(path: file, reason: error.reason)
            }
            out.flush()
            if records { return }
            print("file:         \(file)")
            print("encoding:     \(info.encodingSummary)")
            print("delimiter:    \(info.delimiterName)")
            print(
                "line endings: \(info.lineEndings.summary) (LF \(info.lineEndings.lf), CRLF \(info.lineEndings.crlf), CR \(info.lineEndings.cr))"
            )
            print(
                "records:      \(info.records) (\(max(0, info.records - 1)) after the header), blank lines skipped: \(info.blankLines), physical lines: \(info.lines)"
            )
            if info.oddTrailingByte {
                print("warning:      UTF-16 file of odd length: its last byte (half a character) was not read")
            }
            guard let header else { return }
            let reference = try? ReferenceData.load(from: data.directory)
            let aliases = reference?.aliases ?? HeaderAliases()
            var mapping = HeaderMapping(headers: header, aliases: aliases)
            var diagnostics = DiagnosticsCollector()
            var ingest: CreatorFileIngest?
            var failure: String?
            if let reference {
                do {
                    ingest = try CreatorExportReader(reference: reference).read(file, diagnostics: &diagnostics)
                } catch {
                    failure = "\(error)"
                }
            }
            if let final = ingest?.mapping { mapping = final }
            print("header mapping (as a creator export):")
            for line in mapping.lines { print("  " + line) }
            if let ingest {
                let platform = ingest.report.platform.map {
                    "\($0)" + (ingest.report.platformSource.map { " (from \($0))" } ?? "")
                }
                print("platform:     \(platform ?? "not stated: needs a platform column, URL handles or --platform")")
                print(
                    "rows:         \(ingest.report.rowsRead) read, \(ingest.rows.count) mapped, \(ingest.quarantine.count) quarantined while reading"
                )
                for entry in ingest.quarantine.prefix(10) {
                    print("  line \(entry.line): \(entry.reason.rawValue): \(entry.message)")
                }
                for diagnostic in diagnostics.diagnostics.prefix(10) { print("  " + diagnostic.description) }
            } else {
                let missing = mapping.missingRequired
                print(
                    missing.isEmpty
                        ? "required:     handle and followers found"
                        : "required:     MISSING " + missing.map(\.rawValue).joined(separator: ", "))
                if let failure { print("as a creator export: \(failure)") }
            }
        }
        if failed { throw ExitCode(ScoutExit.badInput) }
    }
}
