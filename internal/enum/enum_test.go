package enum

import "testing"

type color uint8

var colors = Names[color]{Pkg: "paint", Type: "color", What: "colour", List: []string{"red", "green"}}

func TestNames(t *testing.T) {
	if got := colors.String(1); got != "green" {
		t.Errorf("String(1) = %q", got)
	}
	if got := colors.String(7); got != "color(7)" {
		t.Errorf("String(7) = %q", got)
	}
	if b, err := colors.Marshal(0); err != nil || string(b) != "red" {
		t.Errorf("Marshal(0) = %q, %v", b, err)
	}
	if _, err := colors.Marshal(2); err == nil || err.Error() != "paint: invalid colour 2" {
		t.Errorf("Marshal(2) error = %v", err)
	}
	if v, err := colors.Unmarshal([]byte("green")); err != nil || v != 1 {
		t.Errorf("Unmarshal(green) = %d, %v", v, err)
	}
	if _, err := colors.Unmarshal([]byte("blue")); err == nil || err.Error() != `paint: unknown colour "blue"` {
		t.Errorf("Unmarshal(blue) error = %v", err)
	}
}
