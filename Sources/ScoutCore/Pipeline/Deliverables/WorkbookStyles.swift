/// The cell formats of `shortlists.xlsx`, made once per workbook. Every data cell is top-aligned so rows with a
/// wrapped `why` stay readable.
struct WorkbookStyles {
    let title: XlsxFormat
    let subtitle: XlsxFormat
    let section: XlsxFormat
    let header: XlsxFormat
    let text: XlsxFormat
    let wrapped: XlsxFormat
    let link: XlsxFormat
    let integer: XlsxFormat
    let percent: XlsxFormat
    /// A share above 100% (a shortlist over its budget), in red.
    let percentOver: XlsxFormat
    let score: XlsxFormat
    let component: XlsxFormat
    let decimal: XlsxFormat
    let note: XlsxFormat
    let bold: XlsxFormat
    let boldInteger: XlsxFormat
    private let workbook: XlsxWorkbook
    private var prices: [String: XlsxFormat] = [:]

    static let headerFill: UInt32 = 0xDDE4EE
    static let linkBlue: UInt32 = 0x0563C1

    init(_ workbook: XlsxWorkbook) {
        self.workbook = workbook
        title = workbook.format {
            $0.bold()
            $0.size(16)
        }
        subtitle = workbook.format { $0.color(0x404040) }
        section = workbook.format {
            $0.bold()
            $0.size(12)
            $0.bottomBorder()
        }
        header = workbook.format {
            $0.bold()
            $0.fill(Self.headerFill)
            $0.bottomBorder()
            $0.wrap()
            $0.top()
        }
        text = workbook.format {
            $0.top()
            $0.indent(1)
        }
        wrapped = workbook.format {
            $0.top()
            $0.wrap()
        }
        link = workbook.format {
            $0.top()
            $0.color(Self.linkBlue)
            $0.underline()
            $0.hyperlink()
        }
        integer = workbook.format {
            $0.top()
            $0.numberFormat("#,##0")
        }
        percent = workbook.format {
            $0.top()
            $0.numberFormat("0.0%")
        }
        percentOver = workbook.format {
            $0.top()
            $0.numberFormat("0.0%")
            $0.bold()
            $0.color(0xC00000)
        }
        score = workbook.format {
            $0.top()
            $0.numberFormat("0.0")
            $0.bold()
        }
        component = workbook.format {
            $0.top()
            $0.numberFormat("0")
        }
        decimal = workbook.format {
            $0.top()
            $0.numberFormat("0.00")
        }
        note = workbook.format {
            $0.italic()
            $0.color(0x606060)
            $0.top()
        }
        bold = workbook.format {
            $0.bold()
            $0.top()
        }
        boldInteger = workbook.format {
            $0.bold()
            $0.top()
            $0.numberFormat("#,##0")
        }
    }

    /// A number format showing the currency code after the amount (`12,000 JPY`, `15,000 USD est.`), so the cell
    /// stays a number that sorts and sums.
    mutating func price(currency: String, estimated: Bool) -> XlsxFormat {
        let code = currency.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) ? currency : ""
        let key = code + (estimated ? " est." : "")
        if let format = prices[key] { return format }
        let suffix = key.isEmpty ? "" : "\" \(key)\""
        let format = workbook.format {
            $0.top()
            $0.numberFormat("#,##0" + suffix)
        }
        prices[key] = format
        return format
    }
}
