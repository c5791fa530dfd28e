// Package enum writes and reads small enumerations, such as the kinds of
// lines and the precisions of dates, as their names.
package enum

import "fmt"

// Names are the names of the values 0, 1, 2, ... of an enumeration T.
type Names[T ~uint8] struct {
	Pkg  string   // the package, for errors: "boilerplate"
	Type string   // the type's name: "Kind"
	What string   // what a value is, for errors: "kind"
	List []string // the names by value
}

// String returns the name of v, or "Type(v)" for a value without one.
func (n Names[T]) String(v T) string {
	if int(v) < len(n.List) {
		return n.List[v]
	}
	return fmt.Sprintf("%s(%d)", n.Type, uint8(v))
}

// Marshal returns the name of v, or an error for a value without one.
func (n Names[T]) Marshal(v T) ([]byte, error) {
	if int(v) >= len(n.List) {
		return nil, fmt.Errorf("%s: invalid %s %d", n.Pkg, n.What, uint8(v))
	}
	return []byte(n.List[v]), nil
}

// Unmarshal returns the value named b, or an error for an unknown name.
func (n Names[T]) Unmarshal(b []byte) (T, error) {
	for i, name := range n.List {
		if name == string(b) {
			return T(i), nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %q", n.Pkg, n.What, b)
}
