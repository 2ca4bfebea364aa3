import Foundation
import Testing

@testable import ScoutCore

/// The shipped labelled set (`Benchmarks/quality/data/labelled_sample.csv`, see Benchmarks/quality/README.md) through
/// the whole pipeline: authenticity must separate fake from real accounts better than the trivial rankings, and niche
/// briefs must find their category far better than ranking by followers or engagement.
@Suite struct QualityEvaluationTests {
    static let sample = Fixtures.packageDirectory.appendingPathComponent("Benchmarks/quality/data/labelled_sample.csv")
        .path

    /// P(a fake account is more suspicious than a real one), ties counting half.
    static func auc(_ suspicion: [Double], _ fake: [Bool]) -> Double {
        var wins = 0.0
        let fakes = suspicion.indices.filter { fake[$0] }
        let reals = suspicion.indices.filter { !fake[$0] }
        for f in fakes {
            for r in reals { wins += suspicion[f] > suspicion[r] ? 1 : suspicion[f] == suspicion[r] ? 0.5 : 0 }
        }
        return wins / Double(fakes.count * reals.count)
    }

    static func run(briefs: String, minAuthenticity: Double) throws -> (
        shortlists: [[String: String]], labels: [String: [String: String]]
    ) {
        let out = Fixtures.temporaryDirectory()
        var options = PipelineOptions(
            creators: [sample], briefs: Fixtures.temporaryFile(briefs, name: "briefs.csv"), outputDirectory: out,
            dataDirectory: Fixtures.dataDirectory)
        options.score.minAuthenticity = minAuthenticity
        _ = try ScoutPipeline.run(options)
        let table = try IntermediateTable.read(out + "/shortlists.csv", required: ["creator_id", "authenticity"])
        let shortlists = table.rows.map { row in
            Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, row[$0]) })
        }
        let labelled = try IntermediateTable.read(
            sample, required: ["handle", "platform", "label_fake", "label_category"])
        var labels: [String: [String: String]] = [:]
        for row in labelled.rows {
            labels[labelled.value(row, "platform") + ":" + labelled.value(row, "handle")] =
                Dictionary(uniqueKeysWithValues: labelled.header.enumerated().map { ($1, row[$0]) })
        }
        return (shortlists, labels)
    }

    @Test func authenticityBeatsTheTrivialRankings() throws {
        let (everyone, labels) = try Self.run(
            briefs: "brief_id,brand,shortlist_size\nall,Everyone,10000\n", minAuthenticity: 0)
        #expect(everyone.count == labels.count)
        let fake = everyone.map { labels[$0["creator_id"]!]!["label_fake"] == "1" }
        let scout = Self.auc(everyone.map { -Double($0["authenticity"]!)! }, fake)
        func number(_ row: [String: String], _ column: String) -> Double {
            Double(labels[row["creator_id"]!]![column]!) ?? 0
        }
        let fewestFollowers = Self.auc(everyone.map { -number($0, "followers") }, fake)
        let ratio = Self.auc(everyone.map { number($0, "following") / max(number($0, "followers"), 1) }, fake)
        let fewestPosts = Self.auc(everyone.map { -number($0, "posts") }, fake)
        #expect(scout > 0.9, "Scout AUC \(scout)")
        #expect(
            scout > fewestFollowers + 0.15 && scout > ratio + 0.1 && scout > fewestPosts,
            "Scout \(scout), fewest followers \(fewestFollowers), ratio \(ratio), fewest posts \(fewestPosts)")
        // The default threshold excludes almost no real account.
        let realsExcluded = everyone.filter {
            labels[$0["creator_id"]!]!["label_fake"] == "0" && Double($0["authenticity"]!)! < 0.3
        }
        #expect(Double(realsExcluded.count) / Double(fake.filter { !$0 }.count) < 0.01)
    }

    @Test func nicheBriefsFindTheirCategory() throws {
        let categories = ["beauty", "fashion", "fitness", "food", "gaming", "parenting", "pets", "travel"]
        let briefs =
            "brief_id,brand,niches,shortlist_size\n" + categories.map { "\($0),Brand,\($0),20" }.joined(separator: "\n")
            + "\n"
        let (lists, labels) = try Self.run(briefs: briefs, minAuthenticity: MatchModel.defaultMinAuthenticity)
        var precision = 0.0
        for category in categories {
            let list = lists.filter { $0["brief_id"] == category }
            let right = list.filter { labels[$0["creator_id"]!]!["label_category"] == category }.count
            precision += Double(right) / 20
            #expect(
                !list.contains { $0["niche_source"] != "inferred" },
                "the sample states no niches: every match is inferred")
        }
        precision /= Double(categories.count)
        // Trivial rankings: the most-followed creators, whatever their topic.
        let byFollowers = labels.values.sorted { (Double($0["followers"]!) ?? 0) > (Double($1["followers"]!) ?? 0) }
            .prefix(20)
        let baseline =
            categories.map { category in Double(byFollowers.filter { $0["label_category"] == category }.count) / 20 }
            .reduce(0, +)
            / Double(categories.count)
        #expect(precision > 0.85 && precision > 4 * baseline, "Scout P@20 \(precision), most followers \(baseline)")
    }
}
