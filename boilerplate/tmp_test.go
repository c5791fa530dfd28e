package boilerplate
import ("testing";"fmt";"os";"path/filepath";"strings")
func TestTmpRuleStats(t *testing.T){
	c:=Default()
	files,_:=filepath.Glob("../../shared/devset/text/*.txt")
	runs:=map[string]int{}; hits:=map[string]int{}; bytes:=map[string]int{}
	for _,f:=range files{ data,_:=os.ReadFile(f)
		for _,ln:=range strings.Split(string(data),"\n"){ l:=c.NewLine(ln); if l.key==""{continue}
			for _,rules:=range [][]compiledRule{c.generic}{ for i:=range rules{ r:=&rules[i]; if r.re==nil{continue}
				if r.MaxWords>0 && l.words()>r.MaxWords {continue}
				if l.patternBits()&r.bit==0 {continue}
				if r.maxLen >= 0 && len(l.key) > r.maxLen || r.starts != nil && !startsWith(l.key, r.starts) {continue}
				runs[r.Name]++; bytes[r.Name]+=len(l.key); if r.re.MatchString(l.key){hits[r.Name]++}
			}}
		}
	}
	for k,v:=range runs{fmt.Println(k,v,hits[k],bytes[k])}
}
