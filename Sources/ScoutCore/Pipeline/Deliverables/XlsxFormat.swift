import CXlsxWriter

/// A cell format of an `XlsxWorkbook` (the workbook owns it); set up once, shared by every cell that uses it.
struct XlsxFormat {
    let pointer: UnsafeMutablePointer<lxw_format>?

    init(_ pointer: UnsafeMutablePointer<lxw_format>?) { self.pointer = pointer }

    func bold() { format_set_bold(pointer) }
    func italic() { format_set_italic(pointer) }
    func size(_ points: Double) { format_set_font_size(pointer, points) }
    func color(_ rgb: UInt32) { format_set_font_color(pointer, lxw_color_t(rgb)) }
    func fill(_ rgb: UInt32) {
        format_set_pattern(pointer, UInt8(LXW_PATTERN_SOLID.rawValue))
        format_set_bg_color(pointer, lxw_color_t(rgb))
    }
    func numberFormat(_ text: String) { format_set_num_format(pointer, text) }
    func wrap() { format_set_text_wrap(pointer) }
    func top() { format_set_align(pointer, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
    func right() { format_set_align(pointer, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
    func underline() { format_set_underline(pointer, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
    func indent(_ level: UInt8) { format_set_indent(pointer, level) }
    func bottomBorder() { format_set_bottom(pointer, UInt8(LXW_BORDER_THIN.rawValue)) }
    func hyperlink() { format_set_hyperlink(pointer) }
}
