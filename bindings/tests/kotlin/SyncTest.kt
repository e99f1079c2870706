package fr.relais.tests

import fr.relais.app.HttpUrlConnectionClient
import fr.relais.core.AgeBandInput
import fr.relais.core.AppConfig
import fr.relais.core.CallWindowInput
import fr.relais.core.Event
import fr.relais.core.HttpClient
import fr.relais.core.PlaceInput
import fr.relais.core.Relais
import fr.relais.core.Screen
import fr.relais.core.SituationInput
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient as JavaHttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Files

/**
 * The generated Kotlin drives `syncNow()` against a real desk on loopback (scripts/kotlin-tests.sh
 * starts `relais-desk demo` and passes its address in RELAIS_TEST_DESK): the directory comes
 * from the desk, the request leaves, reception confirms, and the phone shows the named human.
 */
class SyncTest {
    private val desk = System.getenv("RELAIS_TEST_DESK") ?: error("RELAIS_TEST_DESK is not set")

    /** With the library's own HTTP stack (reqwest, rustls). */
    @Test
    fun withTheLibrarysHttp() = aRequestGoesToTheDeskAndTheConfirmationComesBack(null)

    /** With the platform's (HttpURLConnection, as on Android). */
    @Test
    fun withThePlatformsHttp() = aRequestGoesToTheDeskAndTheConfirmationComesBack(HttpUrlConnectionClient())

    private fun aRequestGoesToTheDeskAndTheConfirmationComesBack(http: HttpClient?) = runBlocking<Unit> {
        val dir = Files.createTempDirectory("relais-sync").toFile()
        val relais = Relais.open(AppConfig(dir.absolutePath, null, "$desk/v1/directory", true, "fr"), http)
        // First round: the signed directory, with this desk written in as the CMPs' desk.
        val first = relais.syncNow()
        assertTrue(first.directoryUpdated)
        relais.dispatch(Event.SituationEdited(SituationInput(AgeBandInput.FROM21, PlaceInput.Address("96004", null), listOf(), false)))
        relais.dispatch(Event.StartForm)
        val form = (relais.dispatch(Event.Refresh).screen as Screen.Form).model.values
        relais.dispatch(
            Event.FormEdited(form.copy(name = "Kotlin", phone = "06 39 98 00 31", callWindows = listOf(CallWindowInput(31u, 540u, 720u)))),
        )
        val status = (relais.dispatch(Event.Submit).screen as Screen.Request).model
        assertEquals("En attente de réseau : elle partira toute seule", status.state)

        val sent = relais.syncNow()
        assertEquals(0u, sent.pending)
        assertEquals(listOf(status.id), sent.changes.map { it.requestId })
        assertEquals("Reçue par le CMP", sent.changes.first().state)

        confirmAtTheDesk(status.id)
        val confirmed = relais.syncInBackground(20u, false)
        assertEquals("Rendez-vous confirmé", confirmed.changes.single().state)
        assertEquals("Paul Girard", confirmed.changes.single().whoToCall.who)
        // The phone schedules its own reminder, in neutral words, the day before.
        val reminder = confirmed.effects.filterIsInstance<fr.relais.core.Effect.Notify>().single { it.id.startsWith("reminder:") }
        assertEquals("Rendez-vous", reminder.title)
        assertTrue(reminder.atEpochSeconds > System.currentTimeMillis() / 1000)
        assertEquals(fr.relais.core.Tap.Perform(fr.relais.core.Effect.Dial("tel:+33353013001")), confirmed.changes.single().whoToCall.call.tap)
        val shown = relais.dispatch(Event.OpenRequest(status.id)).screen as Screen.Request
        assertEquals("Paul Girard", shown.model.whoToCall.who)
        assertEquals("Rendez-vous confirmé", shown.model.state)

        // A task the app holds, cancelled: nothing is lost, the next round goes on.
        val task = relais.startSync(20u)
        task.cancel()
        task.outcome()
        assertEquals(0u, relais.syncNow().pending)
        relais.close()
        dir.deleteRecursively()
    }

    /** Reception signs in and confirms through the console, as in a browser. */
    private fun confirmAtTheDesk(id: String) {
        val http = JavaHttpClient.newBuilder().followRedirects(JavaHttpClient.Redirect.NEVER).build()
        // A small cookie jar: Java's CookieManager does not keep cookies of an IP address host.
        val cookies = mutableMapOf<String, String>()
        fun send(builder: HttpRequest.Builder): HttpResponse<String> {
            if (cookies.isNotEmpty()) builder.header("cookie", cookies.entries.joinToString("; ") { "${it.key}=${it.value}" })
            val res = http.send(builder.build(), HttpResponse.BodyHandlers.ofString())
            res.headers().allValues("set-cookie").forEach { c ->
                val (k, v) = c.substringBefore(';').split("=", limit = 2)
                cookies[k] = v
            }
            return res
        }
        fun get(path: String) = send(HttpRequest.newBuilder(URI("$desk$path")))
        fun post(path: String, form: Map<String, String>): HttpResponse<String> {
            val body = form.entries.joinToString("&") { (k, v) -> "$k=${URLEncoder.encode(v, "UTF-8")}" }
            return send(
                HttpRequest.newBuilder(URI("$desk$path"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)),
            )
        }
        fun csrf(html: String) = Regex("name=\"csrf\" value=\"([^\"]+)\"").find(html)!!.groupValues[1]
        val login = post("/login", mapOf("login" to "accueil", "password" to "accueil-demo-2026", "csrf" to csrf(get("/login").body())))
        assertEquals(303, login.statusCode())
        val token = csrf(get("/console/calls").body())
        val date = java.time.LocalDate.now().plusDays(7).toString()
        val res = post(
            "/console/requests/$id/confirm",
            mapOf(
                "csrf" to token, "kind" to "nurse_intake", "date" to date, "time" to "10:00",
                "place" to "11 route de Montrelais, 96200 Montrelais", "with_name" to "Paul Girard",
                "with_phone" to "03 53 01 30 01",
            ),
        )
        assertEquals(303, res.statusCode())
    }
}
