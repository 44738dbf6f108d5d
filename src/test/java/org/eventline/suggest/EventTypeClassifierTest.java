package org.eventline.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTypeClassifierTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A car bomb was rammed into a military base. | Explosions/Remote violence / Suicide bomb",
        "Twin bombings struck the cathedral. | Explosions/Remote violence / Remote explosive/landmine/IED",
        "Oil facilities were hit by multiple drone strikes. | Explosions/Remote violence / Air/drone strike",
        "Kiev forces' shelling kills one. | Explosions/Remote violence / Shelling/artillery/missile attack",
        "They are now battling the government for control of the city. | Battles / Armed clash",
        "The protesters clashed with the police and threw rocks. | Riots / Violent demonstration",
        "Thousands of protesters gathered and chanted slogans. | Protests / Peaceful protest",
        "Police fired tear gas at the protesters. | Protests / Protest with intervention",
        "The suspect's wife was taken into custody. | Strategic developments / Arrests",
        "The SDF entered into an agreement with the government. | Strategic developments / Agreement",
        "Gunmen kidnapped two aid workers. | Violence against civilians / Abduction/forced disappearance",
        "A journalist was shot dead in his car. | Violence against civilians / Attack",
        "Twenty soldiers were killed. | Battles / Armed clash",
        "Marines lost more than 130 men in failed assaults near the town. | Battles / Armed clash",
        "The brigade repelled attacks near the village. | Battles / Armed clash",
        "The unit lost 40 soldiers near Bakhmut. | Battles / Armed clash",
        "He lost his job and the election. | none",
        "Police shot dead two militants in a gunfight. | Battles / Armed clash",
        "Gunmen shot dead two villagers. | Violence against civilians / Attack",
        "Ten NDF members were killed near the town. | Battles / Armed clash",
        "Five family members were killed in the town. | Violence against civilians / Attack",
        "Three members of the family were killed. | Violence against civilians / Attack",
        "Ukrainian forces killed four in Donetsk. | Battles / Armed clash",
        "The military said it killed 12 insurgents. | Battles / Armed clash",
        "Security forces killed four protesters. | Protests / Excessive force against protesters",
        "A gunman opened fire on protesters, killing two. | Violence against civilians / Attack",
        "Police opened fire on protesters, killing two. | Protests / Excessive force against protesters",
        "The governor did not accede to protesters' demands. | none",
        "There was skepticism among academics and the protesters themselves. | none",
        "Hundreds of demonstrators gathered outside the embassy. | Protests / Peaceful protest",
        "An Ohio man drove into protesters, killing one woman. | Violence against civilians / Attack",
        "The weather was fine. | none"
      })
  void classifies(String sentence, String expected) {
    String got =
        SharedResources.resources()
            .classifier()
            .classify(sentence.strip(), null)
            .map(c -> c.eventType() + " / " + c.subEventType())
            .orElse("none");
    assertEquals(expected.strip(), got);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "true | Battles / Government regains territory",
        "false | Battles / Non-state actor overtakes territory"
      })
  void territoryDependsOnWhoTookIt(boolean state, String expected) {
    String sentence =
        state ? "Government forces recaptured the town." : "The insurgents captured the town.";
    assertEquals(
        expected.strip(),
        SharedResources.resources()
            .classifier()
            .classify(sentence, state)
            .map(c -> c.eventType() + " / " + c.subEventType())
            .orElse("none"));
  }
}
