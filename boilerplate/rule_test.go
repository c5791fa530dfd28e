package boilerplate

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Politik  ", "Politik"},
		{"Politik", "Politik"},
		{"17\u00a0Kommentare", "17 Kommentare"},
		{"5\u202fkm  weit", "5 km weit"},
		{"a\tb \t c", "a b c"},
		{"Über die Brücke – „Zitat“", "Über die Brücke – „Zitat“"},
		{"© 2024\u00a0\u00a0dpa", "© 2024 dpa"},
	}
	for _, tt := range tests {
		if got := fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := fold(fold(tt.in)); got != tt.want {
			t.Errorf("fold(fold(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
