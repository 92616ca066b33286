package knowledge_test

import (
	"fmt"

	"reportbot/knowledge"
)

func Example() {
	pack, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		fmt.Println(err)
		return
	}
	engine := knowledge.NewEngine(pack)

	a := engine.Answer("Who proposed taking in NK POWs?")
	fmt.Println(a.Answered, a.Text)
	fmt.Printf("[¶%d] %s\n", a.Citations[0].Paragraph, a.Citations[0].Quote)

	a = engine.Answer("How many Russian soldiers died?")
	fmt.Println(a.Answered, a.Text)
	fmt.Println(len(a.Related) > 0)
	// Output:
	// true South Korea's Foreign Minister, Cho Tae-yul, proposed that South Korea accept North Korean soldiers captured by Ukraine.
	// [¶1] South Korean Foreign Minister Cho Tae-yul has proposed accepting North Korean soldiers captured by Ukraine.
	// false The report doesn't say. I can answer questions like these:
	// true
}

func ExampleEngine_Suggest() {
	pack, _ := knowledge.Load(knowledge.Embedded())
	engine := knowledge.NewEngine(pack)
	for _, q := range engine.Suggest("budan", 2) {
		fmt.Println(q)
	}
	// Output:
	// Who is Kyrylo Budanov?
	// What did Kyrylo Budanov say about North Korea's military?
}
