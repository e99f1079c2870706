package fr.relais.android

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.viewmodel.compose.viewModel
import fr.relais.app.Screen
import fr.relais.app.isExternal
import fr.relais.app.spokenDigits
import fr.relais.core.Action
import fr.relais.core.ActionKind
import fr.relais.core.AgeBandInput
import fr.relais.core.ContactModel
import fr.relais.core.CrisisBar
import fr.relais.core.FormInput
import fr.relais.core.PlaceInput
import fr.relais.core.SituationInput

// Every text below comes from the core's screen models; sizes are in sp/dp so that the
// system font size (Dynamic Type on iOS) applies; every button is at least 48 dp high.

@Composable
fun RelaisApp(onExternal: (Action) -> Unit, vm: RelaisViewModel = viewModel()) {
    val state by vm.state.collectAsStateWithLifecycle()
    val problem by vm.openProblem.collectAsStateWithLifecycle()
    val app = state
    if (app == null) {
        // Opening (or the store could not be opened): the crisis lines, and the core's reason.
        MaterialTheme {
            Surface(Modifier.fillMaxSize()) {
                Column {
                    CrisisBarView(vm.crisis, onExternal)
                    problem?.let { Text(it, Modifier.padding(16.dp), style = MaterialTheme.typography.bodyLarge) }
                }
            }
        }
        return
    }
    val screen by app.screen.collectAsStateWithLifecycle()
    MaterialTheme {
        Surface(Modifier.fillMaxSize()) {
            Column {
                CrisisBarView(screen.crisis, onExternal)
                when (val s = screen) {
                    is Screen.Home -> HomeView(s, vm)
                    is Screen.Orientation -> Routes(s, onExternal, vm)
                    is Screen.Form -> FormView(s, vm)
                    is Screen.Status -> StatusView(s, onExternal, vm)
                    is Screen.Settings -> SettingsView(s, vm)
                    is Screen.Consent -> ConsentView(s, vm)
                    is Screen.Problem -> Text(s.message, Modifier.padding(16.dp), style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
    }
}

@Composable
fun ActionButton(action: Action, onClick: () -> Unit, primary: Boolean = true) {
    val modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp).semantics { contentDescription = action.accessibilityLabel }
    if (primary) Button(onClick, modifier) { Text(action.label) } else OutlinedButton(onClick, modifier) { Text(action.label) }
}

@Composable
fun CrisisBarView(bar: CrisisBar, onExternal: (Action) -> Unit) {
    Column(Modifier.padding(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(bar.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        bar.lines.take(2).forEach { line -> ActionButton(line.action, { onExternal(line.action) }, primary = false) }
    }
}

@Composable
fun Contact(c: ContactModel, onExternal: (Action) -> Unit) {
    Card(Modifier.fillMaxWidth().padding(vertical = 4.dp)) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(c.who, style = MaterialTheme.typography.titleMedium)
            c.role?.let { Text(it) }
            Text(c.structure)
            Text(c.phone, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { contentDescription = spokenDigits(c.phone) })
            Text(c.status)
            c.hours.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
            ActionButton(c.call, { onExternal(c.call) })
            c.sms?.let { sms -> ActionButton(sms, { onExternal(sms) }, primary = false) }
        }
    }
}

@Composable
fun HomeView(s: Screen.Home, vm: RelaisViewModel) {
    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(s.model.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
        Text(s.model.subtitle)
        s.model.demoNotice?.let { Text(it, style = MaterialTheme.typography.labelLarge) }
        s.model.actions.forEach { a ->
            ActionButton(a, {
                when (a.kind) {
                    ActionKind.ASK_FOR_APPOINTMENT -> vm.state.value?.orient(SituationInput(AgeBandInput.UNKNOWN, PlaceInput.Unknown, listOf(), false))
                    ActionKind.SETTINGS -> vm.state.value?.settings()
                    else -> {}
                }
            })
        }
    }
}

@Composable
fun Routes(s: Screen.Orientation, onExternal: (Action) -> Unit, vm: RelaisViewModel) {
    LazyColumn(Modifier.padding(16.dp)) {
        item {
            Text(s.model.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
            s.model.problem?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        }
        items(s.model.routes) { r ->
            Contact(r.contact, onExternal)
            Text(r.reason)
            r.notes.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
        }
        item { ActionButton(s.model.ask, { vm.state.value?.edit(emptyForm(vm)) }) }
    }
}

fun emptyForm(vm: RelaisViewModel): FormInput =
    FormInput("", "", "", null, listOf(), false, false, listOf(), false, vm.state.value?.situation?.age, vm.state.value?.situation?.place ?: PlaceInput.Unknown, "")

@Composable
fun FormView(s: Screen.Form, vm: RelaisViewModel) {
    var input by remember(s) { mutableStateOf(s.input) }
    LazyColumn(Modifier.padding(16.dp)) {
        item {
            Text(s.model.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
            Text(s.model.intro)
        }
        items(s.model.fields) { f ->
            val value = when (f.field) {
                fr.relais.core.FormField.NAME -> input.name
                fr.relais.core.FormField.PHONE -> input.phone
                fr.relais.core.FormField.RELAY_NAME -> input.relayName
                fr.relais.core.FormField.MESSAGE -> input.message
                else -> null
            }
            if (value != null) {
                OutlinedTextField(
                    value = value,
                    onValueChange = { v ->
                        input = when (f.field) {
                            fr.relais.core.FormField.NAME -> input.copy(name = v)
                            fr.relais.core.FormField.PHONE -> input.copy(phone = v)
                            fr.relais.core.FormField.RELAY_NAME -> input.copy(relayName = v)
                            else -> input.copy(message = v)
                        }
                    },
                    label = { Text(f.label) },
                    supportingText = { Text(f.error ?: f.hint) },
                    isError = f.error != null,
                    modifier = Modifier.fillMaxWidth(),
                )
            }
        }
        items(s.model.ages) { a ->
            ChoiceRow(a.label, input.age == a.value) { input = input.copy(age = a.value) }
        }
        items(s.model.windows) { w ->
            ChoiceRow(w.label, w.window in input.callWindows) {
                input = input.copy(callWindows = if (w.window in input.callWindows) input.callWindows - w.window else input.callWindows + w.window)
            }
        }
        items(s.model.languages) { l ->
            ChoiceRow(l.name, l.code in input.languages) {
                input = input.copy(languages = if (l.code in input.languages) input.languages - l.code else input.languages + l.code)
            }
        }
        item {
            ChoiceRow(s.model.interpreterLabel, input.interpreterNeeded) { input = input.copy(interpreterNeeded = !input.interpreterNeeded) }
            ChoiceRow(s.model.voicemailLabel, input.voicemailOk) { input = input.copy(voicemailOk = !input.voicemailOk) }
            ChoiceRow(s.model.smsLabel, input.smsOk) { input = input.copy(smsOk = !input.smsOk) }
        }
        item { ActionButton(s.model.submit, { vm.launch { submit(input) } }) }
    }
}

/** A whole row is the touch target (48 dp), and TalkBack reads it as one checkbox. */
@Composable
fun ChoiceRow(label: String, selected: Boolean, onToggle: () -> Unit) {
    androidx.compose.foundation.layout.Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(value = selected, role = Role.Checkbox, onValueChange = { onToggle() }),
        verticalAlignment = androidx.compose.ui.Alignment.CenterVertically,
    ) {
        Checkbox(checked = selected, onCheckedChange = null)
        Text(label, Modifier.padding(start = 8.dp))
    }
}

@Composable
fun StatusView(s: Screen.Status, onExternal: (Action) -> Unit, vm: RelaisViewModel) {
    LazyColumn(Modifier.padding(16.dp)) {
        item {
            Text(s.model.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
            Text(s.model.state, style = MaterialTheme.typography.titleLarge)
            Text(s.model.reason)
            Contact(s.model.whoToCall, onExternal)
            s.model.appointment?.let { a ->
                Text(a.kind)
                a.`when`?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
                Text(a.place)
                ActionButton(a.map, { onExternal(a.map) }, primary = false)
            }
        }
        items(s.model.then) { c -> Contact(c, onExternal) }
        items(s.model.actions) { a ->
            ActionButton(a, {
                when {
                    a.isExternal() -> onExternal(a)
                    a.kind == ActionKind.WITHDRAW -> vm.launch { withdraw(s.model.id) }
                    else -> {}
                }
            }, primary = false)
        }
    }
}

@Composable
fun SettingsView(s: Screen.Settings, vm: RelaisViewModel) {
    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(s.model.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
        s.model.languages.forEach { l ->
            OutlinedButton({ vm.launch { language(l.code) } }, Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(if (l.selected) "✓ ${l.name}" else l.name)
            }
        }
        Text(s.model.eraseWarning)
        ActionButton(s.model.erase, { vm.launch { eraseEverything() } }, primary = false)
    }
}

@Composable
fun ConsentView(s: Screen.Consent, vm: RelaisViewModel) {
    LazyColumn(Modifier.padding(16.dp)) {
        item { Text(s.model.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() }) }
        items(s.model.lines) { Text(it) }
        item {
            ActionButton(s.model.accept, { vm.launch { answerConsent(s.referral, true) } })
            ActionButton(s.model.refuse, { vm.launch { answerConsent(s.referral, false) } }, primary = false)
        }
    }
}
