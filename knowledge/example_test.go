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

func ExampleEngine_AnswerIn() {
	pack, _ := knowledge.Load(knowledge.Embedded())
	engine := knowledge.NewEngine(pack)

	var c knowledge.Conversation // nothing said yet
	a, c := engine.AnswerIn(c, "How many North Korean soldiers died by early February?")
	fmt.Println(a.Text)
	a, c = engine.AnswerIn(c, "Is that figure official?")
	fmt.Println(a.Text)
	a, _ = engine.AnswerIn(c, "What did he say?")
	fmt.Println(a.Answered, a.Text)
	// Output:
	// About 4,000: by early February, North Korean forces were estimated to have suffered approximately 4,000 fatalities in the fighting in Kursk. (As of January 2025, Ukraine had reported over 3,000 killed or injured.)
	// It is an estimate: by early February, North Korean forces were estimated to have suffered approximately 4,000 fatalities; the report does not say who made it.
	// false Who do you mean? I can tell you about Cho Tae-yul or Kyrylo Budanov.
}
