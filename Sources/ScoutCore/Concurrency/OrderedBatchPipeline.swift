import Dispatch
import Synchronization

/// Converts batches on other cores while the caller goes on producing the next ones (a file read by one
/// tokenizer, its records turned into rows on the other cores), and hands the results back in submission order.
///
/// At most `inFlight` batches are converting or waiting to be taken, which bounds the memory: `submit` waits for
/// the oldest one when that many are out. Results are taken on the caller's thread, in order, so whatever folds
/// them (rows, diagnostics) sees exactly what one sequential pass would have produced.
package final class OrderedBatchPipeline<Input: Sendable, Output: Sendable> {
    private let convert: @Sendable (Input) -> Output
    private let results = Results()
    private let inFlight: Int
    private let synchronous: Bool
    /// One semaphore per batch out, oldest first: signalled when that batch's result is stored.
    private var outstanding: [DispatchSemaphore] = []
    private var submitted = 0
    private var taken = 0

    /// Converted batches not yet taken, by submission index.
    private final class Results: Sendable {
        let byIndex = Mutex<[Int: Output]>([:])
    }

    /// - Parameters:
    ///   - workers: the threads the work may use; 1 converts each batch on the caller's thread when submitted.
    ///   - inFlight: how many batches may be converting or waiting to be taken at once.
    package init(workers: Int, inFlight: Int = 4, convert: @escaping @Sendable (Input) -> Output) {
        self.convert = convert
        self.inFlight = max(1, inFlight)
        synchronous = workers <= 1
    }

    /// Starts converting `input` (the next batch in order), first taking every result that is ready and, when
    /// `inFlight` batches are out, waiting for the oldest; `take` receives the results in submission order.
    package func submit(_ input: Input, take: (Output) throws -> Void) rethrows {
        if synchronous {
            submitted += 1
            taken += 1
            try take(convert(input))
            return
        }
        try takeReady(take)
        while submitted - taken >= inFlight {
            outstanding[0].wait()
            try takeReady(take)
        }
        let index = submitted
        submitted += 1
        let signal = DispatchSemaphore(value: 0)
        outstanding.append(signal)
        let convert = convert
        let results = results
        DispatchQueue.global().async {
            let output = convert(input)
            results.byIndex.withLock { $0[index] = output }
            signal.signal()
        }
    }

    /// Waits for every batch out and hands the remaining results, in order, to `take`.
    package func finish(take: (Output) throws -> Void) rethrows {
        while taken < submitted {
            outstanding[0].wait()
            try takeReady(take)
        }
    }

    /// Hands over the results that are ready, in order, stopping at the first batch still converting.
    private func takeReady(_ take: (Output) throws -> Void) rethrows {
        while taken < submitted, let output = results.byIndex.withLock({ $0.removeValue(forKey: taken) }) {
            taken += 1
            outstanding.removeFirst()
            try take(output)
        }
    }
}
