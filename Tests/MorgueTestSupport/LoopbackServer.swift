import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A request as the loopback server read it.
public struct LoopbackRequest: Sendable {
    public var method: String
    public var path: String
    /// Header names lowercased.
    public var headers: [String: String]
}

/// What the loopback server does with one request.
public indirect enum LoopbackReply: Sendable {
    /// A response with `Content-Length`.
    case response(status: Int, headers: [(String, String)], body: [UInt8])
    /// A response sent with `Transfer-Encoding: chunked`, one chunk every `interval` seconds.
    case chunked(status: Int, headers: [(String, String)], chunks: [[UInt8]], interval: Double)
    /// Declares a `Content-Length`, sends only `sent`, then stalls for
    /// `seconds` before closing.
    case stalling(status: Int, headers: [(String, String)], contentLength: Int, sent: [UInt8], seconds: Double)
    /// Waits `seconds`, then replies.
    case delayed(seconds: Double, LoopbackReply)
    /// Reads the request, then drops the connection with a TCP reset.
    case reset

    public static func html(_ text: String, status: Int = 200, headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]) -> LoopbackReply {
        .response(status: status, headers: headers, body: Array(text.utf8))
    }

    public static func redirect(to location: String, status: Int = 302) -> LoopbackReply {
        .response(status: status, headers: [("Location", location)], body: [])
    }
}

/// A small HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for tests:
/// each connection gets one scripted reply and is closed. It serves until
/// `stop()`, and never waits long on anything, so a test that fails cannot
/// hang the suite. It counts the connections it serves at once, in all and
/// per `Host` header (so `localhost` and `127.0.0.1` count as two hosts),
/// and when each request arrived.
public final class LoopbackServer: @unchecked Sendable {
    public typealias Handler = @Sendable (_ request: LoopbackRequest, _ hit: Int) -> LoopbackReply

    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var stopped = false
    private var hits: [String: Int] = [:]
    private var seen: [LoopbackRequest] = []
    private var active: [String: Int] = [:]
    private var peaks: [String: Int] = [:]
    private var activeInAll = 0
    private var connectionHosts: [Int32: String] = [:]
    private var peakInAll = 0
    private var arrivals: [(host: String, at: ContinuousClock.Instant)] = []

    /// `handler` receives each request and how many earlier requests came
    /// for the same path (0 for the first).
    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw LoopbackError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 32) == 0 else {
            let code = errno
            close(fd)
            throw LoopbackError.socket(code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.listener = fd
        self.port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    /// The URL of `path` on this server.
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests served so far, in order of arrival.
    public var requests: [LoopbackRequest] { lock.withLock { seen } }

    /// The requests for `path` served so far.
    public func hits(_ path: String) -> Int { lock.withLock { hits[path, default: 0] } }

    /// The most requests for `host` (the `Host` header without its port) served at the same time.
    public func peakConcurrency(host: String) -> Int { lock.withLock { peaks[host, default: 0] } }

    /// The most requests served at the same time, whatever their host.
    public var peakConcurrency: Int { lock.withLock { peakInAll } }

    /// When each request for `host` arrived, in order.
    public func arrivalTimes(host: String) -> [ContinuousClock.Instant] {
        lock.withLock { arrivals.filter { $0.host == host }.map(\.at) }
    }

    /// Stops accepting connections and cuts short any waiting reply.
    public func stop() {
        let wasStopped = lock.withLock { () -> Bool in
            defer { stopped = true }
            return stopped
        }
        guard !wasStopped else { return }
        // Wakes the accept loop, which closes the socket itself: closing it
        // here could hand its number to another server while still in use.
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        defer { close(listener) }
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var timeout = timeval(tv_sec: 2, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            Thread { [self] in serve(client) }.start()
        }
    }

    private func serve(_ client: Int32) {
        guard let request = readRequest(client) else { close(client); return }
        let host = String((request.headers["host"] ?? "").split(separator: ":").first ?? "")
        let hit = lock.withLock { () -> Int in
            seen.append(request)
            arrivals.append((host, ContinuousClock.now))
            active[host, default: 0] += 1
            peaks[host] = max(peaks[host, default: 0], active[host]!)
            activeInAll += 1
            peakInAll = max(peakInAll, activeInAll)
            defer { hits[request.path, default: 0] += 1 }
            return hits[request.path, default: 0]
        }
        lock.withLock { connectionHosts[client] = host }
        perform(handler(request, hit), on: client)
    }

    /// Closes a served connection; it stops counting as active first, so a
    /// client that reacts to the close never sees it counted.
    private func finish(_ client: Int32) {
        lock.withLock {
            if let host = connectionHosts.removeValue(forKey: client) {
                active[host, default: 1] -= 1
                activeInAll -= 1
            }
        }
        close(client)
    }

    private func perform(_ reply: LoopbackReply, on client: Int32) {
        switch reply {
        case .delayed(let seconds, let next):
            guard pause(seconds) else { finish(client); return }
            perform(next, on: client)
        case .reset:
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            finish(client)
        case .response(let status, let headers, let body):
            var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
            _ = send(client, Array(head.utf8)) && send(client, body)
            finish(client)
        case .stalling(let status, let headers, let contentLength, let sent, let seconds):
            var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            head += "Content-Length: \(contentLength)\r\nConnection: close\r\n\r\n"
            if send(client, Array(head.utf8)), send(client, sent) { _ = pause(seconds) }
            finish(client)
        case .chunked(let status, let headers, let chunks, let interval):
            var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            head += "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            guard send(client, Array(head.utf8)) else { finish(client); return }
            for (index, chunk) in chunks.enumerated() {
                if index > 0, interval > 0, !pause(interval) { finish(client); return }
                let frame = Array(String(chunk.count, radix: 16).utf8) + [13, 10] + chunk + [13, 10]
                guard send(client, frame) else { finish(client); return }
            }
            _ = send(client, Array("0\r\n\r\n".utf8))
            finish(client)
        }
    }

    /// Sleeps in short steps; false if the server was stopped meanwhile.
    private func pause(_ seconds: Double) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if isStopped { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return !isStopped
    }

    private func send(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return false }
            offset += sent
        }
        return true
    }

    private func readRequest(_ client: Int32) -> LoopbackRequest? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = [13, 10, 13, 10]
        while buffer.count < 64 * 1024 {
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            if let range = buffer.firstRange(of: end) {
                let head = String(decoding: buffer[..<range.lowerBound], as: UTF8.self)
                var lines = head.components(separatedBy: "\r\n")
                let requestLine = lines.removeFirst().split(separator: " ")
                guard requestLine.count >= 2 else { return nil }
                var headers: [String: String] = [:]
                for line in lines {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let name = line[..<colon].lowercased()
                    headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                return LoopbackRequest(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers)
            }
        }
        return nil
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

public enum LoopbackError: Error {
    case socket(Int32)
}

/// A port on 127.0.0.1 that nothing listens on: bound to learn a free
/// number, then closed.
public func closedLoopbackPort() throws -> UInt16 {
    let server = try LoopbackServer { _, _ in .reset }
    let port = server.port
    server.stop()
    return port
}
