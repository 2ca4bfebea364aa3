import Foundation

/// Expands the paths a user gives (files or folders) into the CSV files to read, in a stable order.
public enum InputFiles {
    static let extensions: Set<String> = ["csv", "tsv", "txt"]

    /// Files as given; folders contribute their `.csv`, `.tsv` and `.txt` files (not recursively), sorted by name.
    /// - Throws: `ScoutError.unreadableInput` for a path that does not exist, `noInputFiles` for an empty folder.
    public static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ScoutError.unreadableInput(path: path, reason: "no such file or directory")
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) && !$0.hasPrefix(".") }
                .sorted()
            guard !names.isEmpty else { throw ScoutError.noInputFiles(path: path) }
            files += names.map { (path as NSString).appendingPathComponent($0) }
        }
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }
}
