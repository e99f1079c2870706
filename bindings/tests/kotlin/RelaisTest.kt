package fr.relais.tests

import fr.relais.app.Platform
import fr.relais.app.Shell
import fr.relais.app.spokenDigits
import fr.relais.core.Action
import fr.relais.core.ActionKind
import fr.relais.core.AgeBandInput
import fr.relais.core.AppConfig
import fr.relais.core.CallWindowInput
import fr.relais.core.Choice
import fr.relais.core.ContactModel
import fr.relais.core.Effect
import fr.relais.core.Event
import fr.relais.core.PlaceInput
import fr.relais.core.Relais
import fr.relais.core.RelaisException
import fr.relais.core.Screen
import fr.relais.core.SituationInput
import fr.relais.core.Tap
import fr.relais.core.TextDirection
import fr.relais.core.TextFieldId
import fr.relais.core.Update
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import java.io.File
import java.net.URI
import java.nio.file.Files
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** A platform that records what it was asked to do. */
class RecordingPlatform : Platform {
    val done = mutableListOf<String>()
    override fun dial(uri: String) { done += "dial $uri" }
    override fun sendSms(uri: String, to: String, body: String) { done += "sms $uri" }
    override fun openMap(uri: String) { done += "map $uri" }
    override fun share(fileName: String, mimeType: String, content: String) { done += "share $fileName $mimeType ${content.length}" }
    override fun speak(text: String, language: String) { done += "speak $language" }
    override fun notify(id: String, atEpochSeconds: Long, title: String, body: String) { done += "notify $title" }
    override fun scheduleSync(inSeconds: Long) { done += "schedule $inSeconds" }
}

/**
 * The generated Kotlin bindings driven through the shell, as the Android app drives them:
 * every screen, every effect, on the JVM.
 */
class RelaisTest {
    private lateinit var dir: File
    private lateinit var relais: Relais
    private lateinit var platform: RecordingPlatform
    private lateinit var shell: Shell

    @BeforeEach
    fun open() {
        dir = Files.createTempDirectory("relais-kotlin").toFile()
        relais = Relais(AppConfig(dir.absolutePath, null, null, true, "fr-FR"), null)
        platform = RecordingPlatform()
        shell = Shell(relais, platform)
    }

    @AfterEach
    fun close() {
        relais.close()
        dir.deleteRecursively()
    }

    /** What every screen must have, and every effect it offers must be usable. */
    private fun now(): Update {
        val u = shell.update.value!!
        assertEquals(5, u.frame.crisis.lines.size, "five crisis lines on every screen")
        assertTrue(u.frame.title.isNotBlank())
        val listen = (u.frame.listen.tap as Tap.Perform).effect as Effect.Speak
        assertTrue(listen.text.contains(u.frame.title))
        (u.frame.crisis.lines.map { it.action } + actionsOf(u.screen)).forEach { a ->
            val t = a.tap
            if (t is Tap.Perform) wellFormed(t.effect)
        }
        return u
    }

    private fun actionsOf(s: Screen): List<Action> {
        fun c(m: ContactModel) = listOfNotNull(m.call, m.sms)
        return when (s) {
            is Screen.Home -> s.model.actions
            is Screen.Orientation -> s.model.routes.flatMap { c(it.contact) } + s.model.ask
            is Screen.Request -> c(s.model.whoToCall) + s.model.then.flatMap { c(it) } + s.model.actions
            is Screen.Message -> s.model.actions + (s.model.whoToCall?.let { c(it) } ?: listOf())
            is Screen.Confirm -> listOf(s.model.confirm, s.model.cancel)
            is Screen.Consent -> listOf(s.model.accept, s.model.refuse)
            is Screen.Requests -> s.model.requests.map { it.open } + s.model.ask
            is Screen.Settings -> listOf(s.model.export, s.model.erase) + s.model.professional
            is Screen.Form -> listOf(s.model.submit)
            is Screen.Situation -> listOf(s.model.next)
            is Screen.ReferralForm -> listOf(s.model.next)
            is Screen.Referrals -> s.model.referrals.map { it.open } + s.model.start
            is Screen.Referral -> s.model.actions + listOfNotNull(s.model.whoToCall.call, s.model.whoToCall.sms)
        }
    }

    private fun wellFormed(e: Effect) {
        when (e) {
            is Effect.Dial -> assertTrue(URI(e.uri).scheme == "tel", e.uri)
            is Effect.SendSms -> {
                assertEquals("sms", URI(e.uri).scheme, e.uri)
                assertTrue(e.body.length <= 160)
            }
            is Effect.OpenMap -> assertEquals("geo", URI(e.uri).scheme)
            else -> {}
        }
    }

    private fun tap(a: Action) = runBlocking { shell.tap(a.tap) }

    private fun choose(c: Choice) = runBlocking { shell.tap(c.choose) }

    private fun send(e: Event) = runBlocking { shell.send(e) }

    private fun situation(commune: String) =
        SituationInput(AgeBandInput.FROM21, PlaceInput.Address(commune, null), listOf(), false)

    /** From the first screen to a request sent, as a person taps through. */
    private fun askForAnAppointment(commune: String = "96004"): Update {
        send(Event.Start)
        send(Event.SituationEdited(situation(commune)))
        send(Event.ShowWhomToCall)
        val o = now().screen as Screen.Orientation
        tap(o.model.ask)
        val form = (now().screen as Screen.Form).model
        choose(form.windows.first())
        val values = (now().screen as Screen.Form).model.values
        send(Event.FormEdited(values.copy(name = "Samir", phone = "06 39 98 00 12")))
        send(Event.Submit)
        return now()
    }

    @Test
    fun crisisLinesNeedNothing() {
        val bar = fr.relais.core.crisisLines("fr")
        assertEquals(5, bar.lines.size)
        assertEquals(Tap.Perform(Effect.Dial("tel:3114")), bar.lines[0].action.tap)
        val sms = (bar.lines[3].action.tap as Tap.Perform).effect as Effect.SendSms
        assertEquals("114", sms.to)
    }

    @Test
    fun aPersonWalksEveryScreen() {
        send(Event.Start)
        var u = now()
        val home = (u.screen as Screen.Home).model
        assertNull(u.frame.back)
        // The start asks for a sync: the shell ran it (no desk here) and drew the screen again.
        assertTrue(platform.done.any { it.startsWith("schedule ") } || platform.done.isEmpty())
        tap(home.actions.first())
        u = now()
        val q = (u.screen as Screen.Situation).model
        choose(q.ages.first { it.label.contains("21") })
        val typed = (now().screen as Screen.Situation).model.value.copy(place = PlaceInput.Address("montre", null))
        send(Event.SituationEdited(typed))
        val suggestion = (now().screen as Screen.Situation).model.suggestions.first { it.label.startsWith("Montrelais") }
        choose(suggestion)
        assertEquals("Montrelais", (now().screen as Screen.Situation).model.commune!!.value)
        tap((now().screen as Screen.Situation).model.next)
        val o = (now().screen as Screen.Orientation).model
        assertEquals("CMP des Collines", o.routes.first().contact.structure)
        assertEquals("Paul Girard", o.routes.first().contact.who)
        assertEquals(Tap.Perform(Effect.Dial("tel:+33353013001")), o.routes.first().contact.call.tap)
        assertTrue(o.routes.first().reason.startsWith("Votre commune : Montrelais."))

        tap(o.ask)
        val empty = (now().screen as Screen.Form).model
        tap(empty.submit)
        val errors = (now().screen as Screen.Form).model
        assertEquals("Écrivez un prénom ou un surnom. C'est le nom que le CMP dira au téléphone.", errors.name.error)
        // A Dari keyboard types Persian digits.
        send(Event.FormEdited(errors.values.copy(name = "Samir", phone = "۰۶ ۳۹ ۹۸ ۰۰ ۱۲", callWindows = listOf(CallWindowInput(31u, 540u, 720u)))))
        send(Event.Submit)
        u = now()
        val status = (u.screen as Screen.Request).model
        assertEquals("En attente de réseau : elle partira toute seule", status.state)
        assertEquals("CMP des Collines", status.whoToCall.structure)

        // The SMS fallback is performed by the platform with the core's URI.
        tap(status.actions.first { it.kind == ActionKind.SMS })
        assertTrue(platform.done.any { it.startsWith("sms sms:+262639980000?body=RL1%20") }, platform.done.toString())
        assertEquals("Envoyée par SMS", (now().screen as Screen.Request).model.state)
        tap((now().screen as Screen.Request).model.actions.first { it.kind == ActionKind.DANGER })
        assertEquals("Demande fermée", (now().screen as Screen.Request).model.state)
        tap(now().frame.back!!)
        assertTrue(now().screen is Screen.Home)

        send(Event.MyRequests)
        val list = (now().screen as Screen.Requests).model
        assertEquals(1, list.requests.size)
        tap(list.requests.first().open)
        assertTrue(now().screen is Screen.Request)

        // Listen: the platform's voice reads the screen.
        runBlocking { shell.tap(now().frame.listen.tap) }
        assertTrue(platform.done.contains("speak fr"))

        send(Event.Settings)
        val settings = (now().screen as Screen.Settings).model
        assertEquals(12, settings.languages.size)
        choose(settings.languages.first { it.label == "پښتو" })
        assertEquals(TextDirection.RIGHT_TO_LEFT, now().frame.direction)
        assertEquals("ps", relais.language())
        send(Event.SetLanguage("fr"))
        tap((now().screen as Screen.Settings).model.export)
        assertTrue(platform.done.any { it.startsWith("share relais-mes-donnees.txt text/plain") })
        tap((now().screen as Screen.Settings).model.erase)
        tap((now().screen as Screen.Confirm).model.confirm)
        assertTrue(now().screen is Screen.Home)
        send(Event.MyRequests)
        assertNotNull((now().screen as Screen.Requests).model.empty)
        assertEquals("0 3, 5 3, 0 1, 3 0, 0 1", spokenDigits("03 53 01 30 01"))
    }

    @Test
    fun aCmpWithoutADeskIsCalled() {
        send(Event.SituationEdited(situation("96007")))
        send(Event.ShowWhomToCall)
        val o = (now().screen as Screen.Orientation).model
        assertEquals(ActionKind.CALL, o.ask.kind)
        tap(o.ask)
        assertEquals(listOf("dial tel:+33465714001"), platform.done.filter { it.startsWith("dial") })
    }

    @Test
    fun aProfessionalRefersAPersonWhoConsentsThenTakesItBack() {
        send(Event.Settings)
        tap((now().screen as Screen.Settings).model.professional.first())
        send(Event.SituationEdited(situation("96004")))
        send(Event.ShowWhomToCall)
        tap((now().screen as Screen.Orientation).model.ask)
        val form = (now().screen as Screen.ReferralForm).model
        assertEquals("CMP des Collines", form.to.structure)
        listOf(
            TextFieldId.PROFESSIONAL_NAME to "Mme Roux", TextFieldId.PROFESSIONAL_ORGANISATION to "CCAS de Villerelais",
            TextFieldId.PROFESSIONAL_ROLE to "Assistante sociale", TextFieldId.PROFESSIONAL_PHONE to "01 99 00 20 20",
            TextFieldId.WHY to "Il dort mal depuis des mois.", TextFieldId.NAME to "Samir",
        ).forEach { (f, t) -> send(Event.TextChanged(f, t)) }
        tap((now().screen as Screen.ReferralForm).model.next)
        val consent = (now().screen as Screen.Consent).model
        assertTrue(consent.lines.any { it.contains("Mme Roux") })
        choose(consent.languages.first { it.label == "English" })
        assertEquals("en", now().frame.language)
        tap((now().screen as Screen.Consent).model.accept)
        val copy = (now().screen as Screen.Referral).model
        assertTrue(copy.copy.any { it.contains(copy.code) })
        tap(copy.actions.first { it.kind == ActionKind.SECONDARY && it.label.contains("copie") })
        assertTrue(platform.done.any { it.startsWith("share copie-orientation.html text/html") }, platform.done.toString())
        tap(copy.actions.first { it.kind == ActionKind.DANGER })
        assertTrue((now().screen as Screen.Referral).model.progress.startsWith("Accord retiré"))
    }

    @Test
    fun problemsAreScreensWithWordsAndOpeningErrorsAreTyped() {
        askForAnAppointment()
        send(Event.OpenRequest("not-an-id"))
        val p = (now().screen as Screen.Message).model
        assertTrue(p.text.contains("appelez le CMP"), p.text)
        val file = File(dir, "not-a-folder").apply { writeText("x") }
        val e = assertThrows(RelaisException.Storage::class.java) {
            Relais(AppConfig(File(file, "data").absolutePath, null, null, true, "fr"), null)
        }
        assertTrue(e.reason.isNotBlank())
    }

    @Test
    fun eventsFromSeveralThreadsAtOnce() {
        val pool = Executors.newFixedThreadPool(8)
        val tasks = (0 until 64).map { i ->
            pool.submit<String> {
                runBlocking { relais.dispatch(if (i % 2 == 0) Event.Settings else Event.Back) }.frame.title
            }
        }
        val titles = tasks.map { it.get(30, TimeUnit.SECONDS) }.toSet()
        pool.shutdown()
        assertTrue(titles.all { it == "Réglages" || it == "Relais" }, titles.toString())
    }

    @Test
    fun openingOffTheCallersThread() = runBlocking<Unit> {
        val other = Relais.open(AppConfig(dir.resolve("second").absolutePath, null, null, true, "en"), null)
        val u = other.dispatch(Event.Start)
        assertEquals("Relais", u.frame.title)
        assertEquals("Ask for an appointment", (u.screen as Screen.Home).model.actions.first().label)
        other.close()
    }
}
