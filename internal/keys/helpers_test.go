package keys

import "github.com/sessiond/sessiond/internal/bls"

// fixedBLS is a valid BLS secret for tests that do not care which.
func fixedBLS() bls.SecretKey {
	var sk bls.SecretKey
	sk[31] = 42
	return sk
}
