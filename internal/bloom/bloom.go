// Package bloom is a small Bloom filter of strings: a set that answers
// "perhaps present" or "certainly absent" in a fixed number of bits, used
// for word lists too large to embed whole.
package bloom

import "errors"

// Filter is a Bloom filter with double hashing over 64-bit FNV-1a.
type Filter struct {
	bits   []byte
	m      uint64 // number of bits
	hashes int
}

// New returns an empty filter of at least bits bits and the given number of
// hash functions.
func New(bits, hashes int) *Filter {
	m := uint64(max(bits, 64)+7) / 8 * 8
	return &Filter{bits: make([]byte, m/8), m: m, hashes: max(hashes, 1)}
}

// FromBytes wraps the bytes of a filter that Bytes returned.
func FromBytes(b []byte, bits uint64, hashes int) (*Filter, error) {
	if bits == 0 || uint64(len(b))*8 != bits || hashes < 1 {
		return nil, errors.New("bloom: size does not match the bits given")
	}
	return &Filter{bits: b, m: bits, hashes: hashes}, nil
}

func hash(s string) (uint64, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	// The second hash: the first one's halves mixed, odd so that steps of
	// it visit every residue.
	h2 := (h>>33 ^ h*0x9E3779B97F4A7C15) | 1
	return h, h2
}

// Add puts s in the set.
func (f *Filter) Add(s string) {
	h1, h2 := hash(s)
	for i := 0; i < f.hashes; i++ {
		k := (h1 + uint64(i)*h2) % f.m
		f.bits[k/8] |= 1 << (k % 8)
	}
}

// Has reports whether s may be in the set; false is certain.
func (f *Filter) Has(s string) bool {
	h1, h2 := hash(s)
	for i := 0; i < f.hashes; i++ {
		k := (h1 + uint64(i)*h2) % f.m
		if f.bits[k/8]&(1<<(k%8)) == 0 {
			return false
		}
	}
	return true
}

// Bits is the filter's size in bits; Hashes its number of hash functions;
// Bytes its bits, for FromBytes.
func (f *Filter) Bits() uint64  { return f.m }
func (f *Filter) Hashes() int   { return f.hashes }
func (f *Filter) Bytes() []byte { return f.bits }
