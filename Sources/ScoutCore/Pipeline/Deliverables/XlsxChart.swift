import CXlsxWriter

/// A native chart of an `XlsxWorkbook`, drawn from ranges of a sheet (the workbook owns it).
struct XlsxChart {
    let pointer: UnsafeMutablePointer<lxw_chart>

    init(_ pointer: UnsafeMutablePointer<lxw_chart>) { self.pointer = pointer }

    /// What a series shows on its points.
    enum Labels { case none, values, percentages }

    /// Adds a series: categories and values are column ranges of `sheet` (0-based, rows inclusive).
    func series(
        sheet: String, categoryColumn: Int, valueColumn: Int, firstRow: Int, lastRow: Int,
        name: String? = nil, color: UInt32? = nil, labels: Labels = .none
    ) {
        guard let series = chart_add_series(pointer, nil, nil) else { return }
        chart_series_set_categories(
            series, sheet, lxw_row_t(firstRow), lxw_col_t(categoryColumn), lxw_row_t(lastRow), lxw_col_t(categoryColumn)
        )
        chart_series_set_values(
            series, sheet, lxw_row_t(firstRow), lxw_col_t(valueColumn), lxw_row_t(lastRow), lxw_col_t(valueColumn))
        if let name { chart_series_set_name(series, name) }
        if let color {
            var fill = lxw_chart_fill(color: lxw_color_t(color), none: 0, transparency: 0)
            chart_series_set_fill(series, &fill)
        }
        switch labels {
        case .none: break
        case .values: chart_series_set_labels(series)
        case .percentages:
            chart_series_set_labels(series)
            chart_series_set_labels_options(series, 0, 0, 0)
            chart_series_set_labels_percentage(series)
        }
    }

    func title(_ text: String) { chart_title_set_name(pointer, text) }
    func xAxis(_ text: String) { chart_axis_set_name(pointer.pointee.x_axis, text) }
    func yAxis(_ text: String) { chart_axis_set_name(pointer.pointee.y_axis, text) }
    func legendBottom() { chart_legend_set_position(pointer, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue)) }
    func noLegend() { chart_legend_set_position(pointer, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
    /// Lists a bar chart's categories from the top down (in libxlsxwriter a bar chart's `y_axis` holds the categories).
    func reverseBarCategories() { chart_axis_set_reverse(pointer.pointee.y_axis) }
}
