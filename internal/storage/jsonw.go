package storage

import (
	"encoding/base64"
	"strconv"
	"unicode/utf8"
)

// Responses are written by hand, keys in sorted order and without spaces, so
// that bodies match upstream's nlohmann::json dump() byte for byte (std::map
// keys are sorted) and the hot paths allocate little.

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string, escaping as nlohmann does:
// '"', '\\' and control characters; other bytes verbatim. Invalid UTF-8 is
// replaced by U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, "\ufffd"...)
			i++
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendB64 appends data as a padded standard base64 JSON string.
func appendB64(b []byte, data []byte) []byte {
	b = append(b, '"')
	b = base64.StdEncoding.AppendEncode(b, data)
	return append(b, '"')
}

func appendInt(b []byte, v int64) []byte { return strconv.AppendInt(b, v, 10) }

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, "true"...)
	}
	return append(b, "false"...)
}

// appendStringList appends a JSON array of strings.
func appendStringList(b []byte, l []string) []byte {
	b = append(b, '[')
	for i, s := range l {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendHF and appendT write the members upstream's add_misc_response_fields
// adds, "hf":[maj,min] and "t":ms; they are not adjacent in every body's
// sorted key order, so callers place each.
func appendHF(b []byte, hf [2]int) []byte {
	b = append(b, `"hf":[`...)
	b = strconv.AppendInt(b, int64(hf[0]), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(hf[1]), 10)
	return append(b, ']')
}

func appendT(b []byte, ms int64) []byte {
	b = append(b, `"t":`...)
	return strconv.AppendInt(b, ms, 10)
}
