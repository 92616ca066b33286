package commands

import "github.com/bwmarrin/discordgo"

// localized gives each command and option, by its English name, its name
// and description in the languages of the report's readers, for Discord to
// show users whose client is set to them (questions are still answered in
// English, about an English report: the engine tells them so in their
// language).
var localized = map[string]map[discordgo.Locale][2]string{
	"ask": {
		discordgo.Korean:    {"묻기", "보도에 대해 (영어로) 질문하세요. 답변은 보도를 인용합니다."},
		discordgo.Ukrainian: {"запитати", "Запитайте про статтю (англійською); відповідь цитує її."},
		discordgo.Russian:   {"спросить", "Задайте вопрос о статье (по-английски); ответ её цитирует."},
	},
	"ask/question": {
		discordgo.Korean:    {"질문", "질문 (영어로)"},
		discordgo.Ukrainian: {"питання", "Ваше запитання, англійською"},
		discordgo.Russian:   {"вопрос", "Ваш вопрос, по-английски"},
	},
	"ask/private": {
		discordgo.Korean:    {"비공개", "나만 답변 보기"},
		discordgo.Ukrainian: {"приватно", "Відповідь бачите лише ви"},
		discordgo.Russian:   {"лично", "Ответ видите только вы"},
	},
	"facts": {
		discordgo.Korean:    {"사실", "보도 내용을 주제별로, 인용과 함께"},
		discordgo.Ukrainian: {"факти", "Що каже стаття, з цитатами, за темами"},
		discordgo.Russian:   {"факты", "Что говорится в статье, с цитатами, по темам"},
	},
	"facts/topic": {
		discordgo.Korean:    {"주제", "한 주제의 사실만"},
		discordgo.Ukrainian: {"тема", "Лише факти однієї теми"},
		discordgo.Russian:   {"тема", "Только факты одной темы"},
	},
	"source": {
		discordgo.Korean:    {"출처", "내가 답하는 보도와 그 출처"},
		discordgo.Ukrainian: {"джерело", "З якої статті я відповідаю, і її джерело"},
		discordgo.Russian:   {"источник", "По какой статье я отвечаю, и её источник"},
	},
	"help": {
		discordgo.Korean:    {"도움말", "사용 방법"},
		discordgo.Ukrainian: {"довідка", "Як мною користуватися"},
		discordgo.Russian:   {"помощь", "Как мной пользоваться"},
	},
}

// localize fills in the localized names and descriptions of a command and
// its options.
func localize(def *discordgo.ApplicationCommand) {
	if l, ok := localized[def.Name]; ok {
		names, descs := map[discordgo.Locale]string{}, map[discordgo.Locale]string{}
		for loc, nd := range l {
			names[loc], descs[loc] = nd[0], nd[1]
		}
		def.NameLocalizations, def.DescriptionLocalizations = &names, &descs
	}
	for _, o := range def.Options {
		l, ok := localized[def.Name+"/"+o.Name]
		if !ok {
			continue
		}
		o.NameLocalizations, o.DescriptionLocalizations = map[discordgo.Locale]string{}, map[discordgo.Locale]string{}
		for loc, nd := range l {
			o.NameLocalizations[loc], o.DescriptionLocalizations[loc] = nd[0], nd[1]
		}
	}
}
