import Foundation
import Testing
@testable import MorgueStore

@Suite("SHA-256")
struct SHA256DigestTests {
    // Test vectors from FIPS 180-4 examples and NIST's SHA-256 short/long messages.
    @Test("known digests", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func vectors(message: String, expected: String) {
        #expect(SHA256Digest(ofUTF8: message).hex == expected)
    }

    @Test("a million a's")
    func millionA() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256Digest(of: data).hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("lengths around the padding boundary give distinct 32-byte digests")
    func paddingBoundaries() {
        var digests = Set<String>()
        for length in 50...70 {
            let digest = SHA256Digest(of: Data(repeating: 0x61, count: length))
            #expect(digest.bytes.count == 32)
            digests.insert(digest.hex)
        }
        #expect(digests.count == 21)
        // 55 and 56 bytes straddle the one-block / two-block padding split.
        #expect(SHA256Digest(of: Data(repeating: 0x61, count: 55)).hex
            == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256Digest(of: Data(repeating: 0x61, count: 56)).hex
            == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }
}
