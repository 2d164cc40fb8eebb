package onion

import (
	"encoding/hex"
	"errors"
	"net/http"
)

// Sentinel errors. Every error this package returns for a malformed or
// undecryptable request matches one of them with errors.Is.
var (
	// ErrInvalidCiphertext: a layer did not decrypt (short input, bad tag,
	// low-order key). Upstream replies 400 "Invalid ciphertext", unencrypted.
	ErrInvalidCiphertext = errors.New("onion: invalid ciphertext")
	// ErrInvalidJSON: a decrypted layer is not [N][inner][json] with the keys
	// its route needs. Upstream replies 400 "Invalid json", encrypted.
	ErrInvalidJSON = errors.New("onion: invalid json")
	// ErrInvalidURL: a proxy request's protocol or target is not allowed.
	// Upstream replies 400 "Invalid url", encrypted.
	ErrInvalidURL = errors.New("onion: invalid url")
	// ErrBadRequest: the entry node could not parse the outer request.
	// Upstream replies 400 "Error parsing onion request: …", unencrypted.
	ErrBadRequest = errors.New("onion: malformed onion request")
	// ErrTooLarge: a request body above MaxRequestSize.
	ErrTooLarge = errors.New("onion: request too large")
	// ErrTooManyHops: hop_no above MaxHops. Upstream replies 400, unencrypted.
	ErrTooManyHops = errors.New("onion: max path length exceeded")
	// ErrNextNodeNotFound: a relay destination that is not a known node.
	ErrNextNodeNotFound = errors.New("onion: next node not found")
	// ErrRelayTimeout: the next hop did not answer in time.
	ErrRelayTimeout = errors.New("onion: relay timed out")
	// ErrNotReady: this node is not ready to serve requests.
	ErrNotReady = errors.New("onion: node not ready")
)

// Error is a failure upstream answers with a fixed status and body.
//
// When Encrypted is false the answer is sent as is: HTTP status Status with
// body Message (for an OMQ hop, the reply parts [Status, Message]). When
// Encrypted is true upstream wraps it like a final-destination reply: the JSON
// {"body":Message,"status":Status} is encrypted with the layer key, base64
// encoded, and sent with HTTP 200 (see [Layer.SealError]).
type Error struct {
	Status    int    // HTTP status code upstream uses
	Message   string // reply body, exactly as upstream writes it
	Encrypted bool   // whether upstream encrypts the answer to the client
	Kind      error  // one of the package's sentinel errors
	Detail    error  // underlying cause, if any (not sent to the client unless part of Message)
}

func (e *Error) Error() string {
	if e.Detail != nil && e.Kind != ErrBadRequest {
		return "onion: " + e.Message + ": " + e.Detail.Error()
	}
	return "onion: " + e.Message
}

// Unwrap makes errors.Is and errors.As see both Kind and Detail.
func (e *Error) Unwrap() []error {
	errs := make([]error, 0, 2)
	if e.Kind != nil {
		errs = append(errs, e.Kind)
	}
	if e.Detail != nil {
		errs = append(errs, e.Detail)
	}
	return errs
}

func errInvalidCiphertext(detail error) *Error {
	return &Error{Status: http.StatusBadRequest, Message: "Invalid ciphertext", Kind: ErrInvalidCiphertext, Detail: detail}
}

func errInvalidJSON(detail error) *Error {
	return &Error{Status: http.StatusBadRequest, Message: "Invalid json", Encrypted: true, Kind: ErrInvalidJSON, Detail: detail}
}

func errInvalidURL() *Error {
	return &Error{Status: http.StatusBadRequest, Message: "Invalid url", Encrypted: true, Kind: ErrInvalidURL}
}

func errBadRequest(detail error) *Error {
	return &Error{
		Status:  http.StatusBadRequest,
		Message: "Error parsing onion request: " + detail.Error(),
		Kind:    ErrBadRequest,
		Detail:  detail,
	}
}

// NextNodeNotFound is the unencrypted 502 a relaying node answers when the
// destination Ed25519 key is not among the known (funded) nodes.
func NextNodeNotFound(ed25519 [32]byte) *Error {
	return &Error{
		Status:  http.StatusBadGateway,
		Message: "Next node not found: " + hex.EncodeToString(ed25519[:]),
		Kind:    ErrNextNodeNotFound,
	}
}

// RelayTimeout is the unencrypted 504 a relaying node answers when the next
// hop does not reply within RelayTimeoutSeconds.
func RelayTimeout() *Error {
	return &Error{Status: http.StatusGatewayTimeout, Message: "Request time out", Kind: ErrRelayTimeout}
}

// NotReady is the unencrypted 503 any hop answers, before decrypting, when the
// node is not ready; ed25519Hex is the node's own Ed25519 key in hex.
func NotReady(ed25519Hex string) *Error {
	return &Error{Status: http.StatusServiceUnavailable, Message: "Snode not ready: " + ed25519Hex, Kind: ErrNotReady}
}
