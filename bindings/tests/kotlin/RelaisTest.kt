package fr.relais.tests

import fr.relais.app.AppState
import fr.relais.app.Screen
import fr.relais.app.isExternal
import fr.relais.app.spokenDigits
import fr.relais.core.ActionKind
import fr.relais.core.AgeBandInput
import fr.relais.core.AppConfig
import fr.relais.core.CallWindowInput
import fr.relais.core.FormInput
import fr.relais.core.PlaceInput
import fr.relais.core.Relais
import fr.relais.core.RelaisException
import fr.relais.core.SituationInput
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import java.io.File
import java.nio.file.Files
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** The generated Kotlin bindings, driven like the Android app drives them, on the JVM. */
class RelaisTest {
    private lateinit var dir: File
    private lateinit var relais: Relais

    @BeforeEach
    fun open() {
        dir = Files.createTempDirectory("relais-kotlin").toFile()
        relais = Relais(AppConfig(dir.absolutePath, null, null, true, "fr-FR"))
    }

    @AfterEach
    fun close() {
        relais.close()
        dir.deleteRecursively()
    }

    private fun situation(place: PlaceInput) = SituationInput(AgeBandInput.FROM21, place, listOf(), false)

    private fun form(name: String = "Samir") =
        FormInput(
            name, "06 39 98 00 12", "", null, listOf(CallWindowInput(31u, 540u, 720u)), false, true,
            listOf("ar"), true, AgeBandInput.FROM21, PlaceInput.Address("96004", null), "",
        )

    @Test
    fun openingOffTheCallersThread() = runBlocking {
        val other = Relais.open(AppConfig(dir.resolve("second").absolutePath, null, null, true, "en"))
        assertEquals("Relais", other.home().title)
        assertEquals("Ask for an appointment", other.home().actions.first().label)
        other.close()
        // The crisis lines need no store at all.
        assertEquals("tel:3114", fr.relais.core.crisisLines("fr").lines.first().action.target)
    }

    @Test
    fun crisisLinesAreThereOffline() {
        val bar = relais.crisisBar()
        assertEquals(5, bar.lines.size)
        assertEquals("tel:3114", bar.lines[0].action.target)
        assertEquals(ActionKind.CALL, bar.lines[0].action.kind)
        assertEquals("sms:114", bar.lines[3].action.target)
        assertTrue(bar.lines.all { it.purpose.isNotBlank() && it.action.accessibilityLabel.isNotBlank() })
    }

    @Test
    fun adultWithAnAddress() {
        val o = relais.orient(situation(PlaceInput.Address("Montrelais", null)))
        assertEquals("CMP des Collines", o.routes.first().contact.structure)
        assertEquals("Paul Girard", o.routes.first().contact.who)
        assertEquals("tel:+33353013001", o.routes.first().contact.call.target)
        assertEquals("tel:3114", o.routes.last().contact.call.target)
        assertTrue(o.routes.first().reason.startsWith("Votre commune : Montrelais."))
        assertEquals(null, o.problem)
    }

    @Test
    fun personWithNoFixedAddress() {
        val o = relais.orient(situation(PlaceInput.NoFixedAddress(null, "Les Étangs", null)))
        val structures = o.routes.map { it.contact.structure }
        assertEquals("CMP des Étangs", structures.first())
        assertTrue(structures.contains("Équipe mobile psychiatrie précarité du Val-de-Relais"))
        assertEquals("Horaires non connus : appelez pour vérifier", o.routes.first().contact.status)
    }

    @Test
    fun unknownCommuneStillGivesHumans() {
        val o = relais.orient(situation(PlaceInput.Address("Atlantis", null)))
        assertNotNull(o.problem)
        assertTrue(o.problem!!.contains("Atlantis"))
        assertTrue(o.routes.size >= 2)
        assertEquals("tel:3114", o.routes.last().contact.call.target)
    }

    @Test
    fun formErrorsSayWhatToDo() {
        val screen = relais.checkForm(form().copy(name = "", phone = "12"))
        assertFalse(screen.valid)
        val errors = screen.fields.filter { it.error != null }.map { it.field.name }
        assertEquals(listOf("NAME", "PHONE"), errors)
        // The choices come with their labels: the shells draw them as they are.
        assertEquals(AgeBandInput.UNDER12, screen.ages.first().value)
        assertEquals(CallWindowInput(31u, 540u, 720u), screen.windows.first().window)
        assertTrue(screen.languages.any { it.code == "tir" && it.name == "ትግርኛ" })
    }

    @Test
    fun requestQueuedOfflineThenWithdrawn() = runBlocking {
        val status = relais.submitRequest(form(), situation(PlaceInput.Address("96004", null)))
        assertEquals("En attente de réseau : elle partira toute seule", status.state)
        assertEquals("CMP des Collines", status.whoToCall.structure)
        assertTrue(status.then.last().call.target == "tel:3114")
        val sms = relais.smsFallback(status.id)
        assertNotNull(sms)
        assertTrue(sms!!.body.startsWith("RL1 ") && sms.body.length <= 160)
        assertEquals(1, relais.requests().size)
        val withdrawn = relais.withdraw(status.id)
        assertEquals("Demande fermée", withdrawn.state)
        assertTrue(withdrawn.reason.contains("retiré"))
    }

    @Test
    fun errorsArriveAsTypedExceptions() {
        assertThrows(RelaisException.NotFound::class.java) { runBlocking { relais.requestStatus("not-an-id") } }
        assertThrows(RelaisException.InvalidInput::class.java) {
            runBlocking { relais.submitRequest(form().copy(name = ""), situation(PlaceInput.Unknown)) }
        }
        assertThrows(RelaisException.InvalidInput::class.java) { runBlocking { relais.setLanguage("français") } }
    }

    @Test
    fun eraseEverythingLeavesNothing() = runBlocking {
        relais.submitRequest(form(), situation(PlaceInput.Address("96004", null)))
        relais.setLanguage("en")
        assertEquals("Settings", relais.settings().title)
        val export = relais.exportData()
        assertTrue(export.json.contains("Samir"))
        relais.eraseEverything()
        assertTrue(relais.requests().isEmpty())
        assertEquals("fr", relais.language())
    }

    @Test
    fun callsFromSeveralThreadsAtOnce() {
        val pool = Executors.newFixedThreadPool(8)
        val tasks = (0 until 64).map { i ->
            pool.submit<String> {
                val o = relais.orient(situation(PlaceInput.Address(if (i % 2 == 0) "96004" else "96001", null)))
                relais.checkForm(form("P$i"))
                o.routes.first().contact.structure
            }
        }
        val results = tasks.map { it.get(30, TimeUnit.SECONDS) }
        pool.shutdown()
        assertEquals(setOf("CMP des Collines", "CMP de la Plaine"), results.toSet())
    }

    @Test
    fun suspendFunctionsConcurrently() = runBlocking {
        val statuses = (0 until 10).map { i -> async { relais.submitRequest(form("P$i"), situation(PlaceInput.Address("96004", null))) } }.awaitAll()
        assertEquals(10, statuses.map { it.id }.toSet().size)
        assertEquals(10, relais.requests().size)
    }

    @Test
    fun theStateHolderDrawsWhatCoreSays() = runBlocking {
        val app = AppState(relais)
        assertTrue(app.screen.value is Screen.Home)
        app.orient(situation(PlaceInput.Address("96004", null)))
        val o = app.screen.value as Screen.Orientation
        assertEquals("CMP des Collines", o.model.routes.first().contact.structure)
        app.submit(form().copy(phone = ""))
        assertTrue(app.screen.value is Screen.Form)
        app.submit(form())
        val s = app.screen.value as Screen.Status
        app.withdraw(s.model.id)
        assertEquals("Demande fermée", (app.screen.value as Screen.Status).model.state)
        app.open("missing")
        val p = app.screen.value as Screen.Problem
        assertEquals(5, p.crisis.lines.size)
        assertTrue(o.model.routes.first().contact.call.isExternal())
        val referral = fr.relais.core.ReferralInput(
            "Mme Roux", "CCAS de Villerelais", "CMP des Collines", "Il dort mal.",
            java.time.LocalDate.now().plusDays(30).toString(), false,
        )
        app.consent(referral)
        val consent = app.screen.value as Screen.Consent
        assertTrue(consent.model.lines.any { it.contains("Mme Roux") })
        app.answerConsent(referral, true)
        assertTrue(app.screen.value is Screen.Home)
        app.consent(referral.copy(until = "bientôt"))
        assertTrue(app.screen.value is Screen.Problem)
        assertEquals("0 3, 5 3, 0 1, 3 0, 0 1", spokenDigits("03 53 01 30 01"))
    }
}
