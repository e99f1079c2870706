import Foundation
import RelaisFFI

/// The platform's HTTP stack for the core's sync client: URLSession, so the system's trust
/// store, proxy and network policies apply. It only moves bytes: the core decides what to send
/// and checks every answer. Redirects are not followed; the core's time and size limits hold.
/// Called by the core on one of its background threads, never the main one.
final class URLSessionClient: NSObject, HttpClient, URLSessionTaskDelegate, @unchecked Sendable {
    private lazy var session: URLSession = {
        let config = URLSessionConfiguration.ephemeral
        config.urlCache = nil
        config.httpCookieStorage = nil
        return URLSession(configuration: config, delegate: self, delegateQueue: nil)
    }()

    func send(call: HttpCall) throws -> HttpAnswer {
        guard let url = URL(string: call.url) else { throw HttpFailure.Connect(reason: "address") }
        var request = URLRequest(url: url, timeoutInterval: TimeInterval(call.timeoutMs) / 1000)
        request.httpMethod = call.method
        for header in call.headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        if call.method == "POST" { request.httpBody = call.body }
        let done = DispatchSemaphore(value: 0)
        var result: Result<HttpAnswer, HttpFailure> = .failure(.Timeout)
        let task = session.dataTask(with: request) { data, response, error in
            defer { done.signal() }
            if let error = error as? URLError {
                switch error.code {
                case .timedOut: result = .failure(.Timeout)
                case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                     .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
                    result = .failure(.Tls(reason: "\(error.code.rawValue)"))
                case .cannotConnectToHost, .cannotFindHost, .notConnectedToInternet, .dnsLookupFailed:
                    result = .failure(.Connect(reason: "\(error.code.rawValue)"))
                default: result = .failure(.Broken(reason: "\(error.code.rawValue)"))
                }
                return
            }
            guard let http = response as? HTTPURLResponse else {
                result = .failure(.Broken(reason: "no HTTP answer"))
                return
            }
            let body = data ?? Data()
            if UInt64(body.count) > call.maxResponseBytes {
                result = .failure(.TooLarge)
                return
            }
            let headers = http.allHeaderFields.compactMap { key, value -> HttpHeader? in
                guard let name = key as? String else { return nil }
                return HttpHeader(name: name.lowercased(), value: "\(value)")
            }
            result = .success(HttpAnswer(status: UInt16(http.statusCode), headers: headers, body: body))
        }
        task.resume()
        if done.wait(timeout: .now() + .milliseconds(Int(call.timeoutMs) + 1000)) == .timedOut {
            task.cancel()
            throw HttpFailure.Timeout
        }
        return try result.get()
    }

    /// Never follow a redirect: it could lead a request off HTTPS.
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
