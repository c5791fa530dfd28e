package article

import (
	"strings"
	"testing"
)

func TestPageEncoding(t *testing.T) {
	late := "<!DOCTYPE html>\n<!--" + strings.Repeat(" ", 3000) + "-->\n<html><head>" +
		`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`
	for _, c := range []struct {
		name, page, want string
	}{
		{"no declaration, UTF-8", "<p>Grüße</p>", "utf-8"},
		{"no declaration, ASCII", "<p>Hello</p>", "utf-8"},
		{"no declaration, Latin-1 bytes", "<p>Gr\xfc\xdfe</p>", "windows-1252"},
		{"meta charset", `<meta charset="iso-8859-15"><p>Gr` + "\xfc\xdf" + `e</p>`, "iso-8859-15"},
		{"meta charset unquoted, upper case", `<META CHARSET=Windows-1252><p>Gr` + "\xfc" + `</p>`, "windows-1252"},
		{"http-equiv", `<meta http-equiv="content-type" content="text/html;charset=windows-1252"><p>` + "\xe4" + `</p>`, "windows-1252"},
		{"meta after 1024 bytes", late + "<p>Gr\xfc\xdfe</p>", "windows-1252"},
		{"Latin-1 named, UTF-8 bytes", `<meta charset="iso-8859-1"><p>Grüße</p>`, "utf-8"},
		{"Latin-1 named, ASCII only", `<meta charset="iso-8859-1"><p>Hello</p>`, "windows-1252"},
		{"UTF-8 named, Latin-1 bytes", `<meta charset="utf-8"><p>Gr` + "\xfc\xdf" + `e</p>`, "windows-1252"},
		{"UTF-8 named, one bad byte among UTF-8", `<meta charset="utf-8"><p>Grüße ` + "\xfc" + `</p>`, "utf-8"},
		{"UTF-16 named in the page", `<meta charset="utf-16"><p>Grüße</p>`, "utf-8"},
		{"unknown name", `<meta charset="x-nonsense"><p>Grüße</p>`, "utf-8"},
		{"XML declaration", `<?xml version="1.0" encoding="ISO-8859-2"?><html><p>` + "\xb1" + `</p>`, "iso-8859-2"},
		{"meta in the body does not count", `<body><meta charset="koi8-r"><p>Grüße</p>`, "utf-8"},
		{"byte order mark beats the meta", "\xef\xbb\xbf" + `<meta charset="iso-8859-1"><p>Grüße</p>`, "utf-8"},
		{"UTF-16 byte order mark", "\xff\xfe<\x00p\x00>\x00", "utf-16le"},
		{"cut in a character", "<p>Grü\xc3", "utf-8"},
		{"empty", "", "utf-8"},
	} {
		if _, got := pageEncoding([]byte(c.page)); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
}

func TestReadHTMLDecodes(t *testing.T) {
	late := "<!DOCTYPE html>\n<!--" + strings.Repeat(" ", 3000) + "-->\n<html><head>" +
		`<meta charset="utf-8"></head><body><p>Die Abogebühr soll nur noch unter den Künstlern verteilt werden.</p>`
	for _, c := range []struct{ page, want string }{
		{late, "Die Abogebühr soll nur noch unter den Künstlern verteilt werden."},
		{`<meta charset="iso-8859-1"><p>Gr` + "\xfc\xdf" + `e aus K` + "\xf6" + `ln</p>`, "Grüße aus Köln"},
		{`<meta charset="iso-8859-1"><p>Grüße aus Köln</p>`, "Grüße aus Köln"},
	} {
		p, err := readHTML([]byte(c.page))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range p.blocks {
			got = append(got, b.text)
		}
		if !strings.Contains(strings.Join(got, "\n"), c.want) {
			t.Errorf("%.40q…: blocks %q, want %q", c.page, got, c.want)
		}
	}
}
