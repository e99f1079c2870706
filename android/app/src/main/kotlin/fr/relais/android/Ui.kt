package fr.relais.android

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.lifecycle.compose.collectAsStateWithLifecycle
import androidx.lifecycle.viewmodel.compose.viewModel
import fr.relais.app.spokenDigits
import fr.relais.core.Action
import fr.relais.core.ActionKind
import fr.relais.core.Choice
import fr.relais.core.ContactModel
import fr.relais.core.CrisisBar
import fr.relais.core.Event
import fr.relais.core.Screen
import fr.relais.core.TextDirection
import fr.relais.core.TextField
import fr.relais.core.Update

// Draws what the core returns, nothing else: every text, every choice and what each tap does
// come from the screen models. Sizes are in sp/dp so the system font size applies; every
// button is at least 48 dp high; right-to-left languages are laid out right to left.

@Composable
fun RelaisApp(vm: RelaisViewModel = viewModel()) {
    val shell by vm.shell.collectAsStateWithLifecycle()
    val problem by vm.openProblem.collectAsStateWithLifecycle()
    val update = shell?.update?.collectAsStateWithLifecycle()?.value
    MaterialTheme {
        Surface(Modifier.fillMaxSize()) {
            if (update == null) {
                // Opening (or the store could not be opened): the crisis lines, and the core's reason.
                Column {
                    CrisisBarView(vm.crisis, vm)
                    problem?.let { Text(it, Modifier.padding(16.dp), style = MaterialTheme.typography.bodyLarge) }
                }
            } else {
                val direction = if (update.frame.direction == TextDirection.RIGHT_TO_LEFT) LayoutDirection.Rtl else LayoutDirection.Ltr
                CompositionLocalProvider(LocalLayoutDirection provides direction) { ScreenView(update, vm) }
            }
        }
    }
}

@Composable
fun ActionButton(action: Action, vm: RelaisViewModel) {
    val modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp).semantics { contentDescription = action.accessibilityLabel }
    val onClick = { vm.tap(action.tap) }
    when (action.kind) {
        ActionKind.PRIMARY, ActionKind.CALL -> Button(onClick, modifier) { Text(action.label) }
        ActionKind.DANGER -> Button(onClick, modifier, colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error)) { Text(action.label) }
        else -> OutlinedButton(onClick, modifier) { Text(action.label) }
    }
}

@Composable
fun ChoiceView(choice: Choice, vm: RelaisViewModel) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp)
            .toggleable(value = choice.selected, role = Role.Checkbox, onValueChange = { vm.tap(choice.choose) }),
        horizontalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        Checkbox(checked = choice.selected, onCheckedChange = null)
        Text(choice.label)
    }
}

/** A text field: what is typed goes to the core, which keeps it. */
@Composable
fun FieldView(field: TextField, vm: RelaisViewModel) {
    var text by remember(field.id) { mutableStateOf(field.value) }
    OutlinedTextField(
        value = text,
        onValueChange = {
            text = it
            vm.send(Event.TextChanged(field.id, it))
        },
        label = { Text(field.label) },
        supportingText = { Text(field.error ?: field.hint) },
        isError = field.error != null,
        modifier = Modifier.fillMaxWidth(),
    )
}

@Composable
fun CrisisBarView(bar: CrisisBar, vm: RelaisViewModel) {
    Column(Modifier.padding(8.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(bar.title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
        bar.lines.forEach { line -> ActionButton(line.action, vm) }
    }
}

@Composable
fun Contact(c: ContactModel, vm: RelaisViewModel) {
    Card(Modifier.fillMaxWidth().padding(vertical = 4.dp)) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(c.who, style = MaterialTheme.typography.titleMedium)
            c.role?.let { Text(it) }
            Text(c.structure)
            // Numbers read left to right in every language, and digit by digit by TalkBack.
            CompositionLocalProvider(LocalLayoutDirection provides LayoutDirection.Ltr) {
                Text(c.phone, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.semantics { contentDescription = spokenDigits(c.phone) })
            }
            Text(c.status)
            c.hours.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
            ActionButton(c.call, vm)
            c.sms?.let { ActionButton(it, vm) }
        }
    }
}

@Composable
fun ScreenView(u: Update, vm: RelaisViewModel) {
    LazyColumn(Modifier.fillMaxSize().padding(horizontal = 16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item { CrisisBarView(u.frame.crisis, vm) }
        item {
            Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                u.frame.back?.let { Column(Modifier.weight(1f)) { ActionButton(it, vm) } }
                Column(Modifier.weight(1f)) { ActionButton(u.frame.listen, vm) }
            }
            Text(u.frame.title, style = MaterialTheme.typography.headlineMedium, modifier = Modifier.semantics { heading() })
            u.frame.notice?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
        }
        screen(u.screen, vm)
    }
}

private fun LazyListScope.texts(vararg lines: String?) = lines.filterNotNull().forEach { item { Text(it) } }

private fun LazyListScope.screen(s: Screen, vm: RelaisViewModel) {
    when (s) {
        is Screen.Home -> {
            texts(s.model.subtitle, s.model.demoNotice)
            items(s.model.actions) { ActionButton(it, vm) }
        }
        is Screen.Situation -> {
            texts(s.model.intro, s.model.ageQuestion)
            items(s.model.ages) { ChoiceView(it, vm) }
            texts(s.model.placeQuestion)
            items(s.model.placeKinds) { ChoiceView(it, vm) }
            s.model.commune?.let { item { FieldView(it, vm) } }
            items(s.model.suggestions) { ChoiceView(it, vm) }
            listOfNotNull(s.model.street, s.model.domiciliation, s.model.sleepsIn).forEach { item { FieldView(it, vm) } }
            item { ActionButton(s.model.next, vm) }
        }
        is Screen.Orientation -> {
            texts(s.model.problem, s.model.demoNotice)
            items(s.model.routes) { r ->
                Contact(r.contact, vm)
                Text(r.reason)
                r.notes.forEach { Text(it, style = MaterialTheme.typography.bodySmall) }
            }
            item { ActionButton(s.model.ask, vm) }
        }
        is Screen.Form -> {
            texts(s.model.intro, *s.model.errors.toTypedArray())
            item { FieldView(s.model.name, vm) }
            item { FieldView(s.model.phone, vm) }
            texts(s.model.phoneOwnerQuestion)
            items(s.model.phoneOwners) { ChoiceView(it, vm) }
            s.model.relayName?.let { item { FieldView(it, vm) } }
            texts(s.model.windowsQuestion, s.model.windowsError)
            items(s.model.windows) { ChoiceView(it, vm) }
            item { ChoiceView(s.model.voicemail, vm) }
            item { ChoiceView(s.model.sms, vm) }
            texts(s.model.languagesQuestion, s.model.languagesError)
            items(s.model.languages) { ChoiceView(it, vm) }
            item { ChoiceView(s.model.interpreter, vm) }
            texts(s.model.ageQuestion, s.model.ageError)
            items(s.model.ages) { ChoiceView(it, vm) }
            item { FieldView(s.model.message, vm) }
            item { ActionButton(s.model.submit, vm) }
        }
        is Screen.Requests -> {
            texts(s.model.empty)
            items(s.model.requests) { r ->
                Text(r.created, style = MaterialTheme.typography.titleMedium)
                Text(r.structure)
                Text(r.state)
                ActionButton(r.open, vm)
            }
            item { ActionButton(s.model.ask, vm) }
        }
        is Screen.Request -> {
            item { Text(s.model.state, style = MaterialTheme.typography.titleLarge) }
            texts(s.model.reason)
            item { Contact(s.model.whoToCall, vm) }
            s.model.appointment?.let { a ->
                texts(a.kind, a.`when`, a.place)
                item { ActionButton(a.map, vm) }
            }
            items(s.model.actions) { ActionButton(it, vm) }
            items(s.model.then) { Contact(it, vm) }
            items(s.model.history) { Text(it, style = MaterialTheme.typography.bodySmall) }
        }
        is Screen.Settings -> {
            items(s.model.languages) { ChoiceView(it, vm) }
            item { ActionButton(s.model.export, vm) }
            item { ActionButton(s.model.erase, vm) }
            texts(s.model.professionalTitle)
            items(s.model.professional) { ActionButton(it, vm) }
        }
        is Screen.Confirm -> {
            texts(s.model.text)
            item { ActionButton(s.model.confirm, vm) }
            item { ActionButton(s.model.cancel, vm) }
        }
        is Screen.Consent -> {
            items(s.model.languages) { ChoiceView(it, vm) }
            texts(*s.model.lines.toTypedArray())
            texts(s.model.informedQuestion)
            items(s.model.informed) { ChoiceView(it, vm) }
            item { ActionButton(s.model.accept, vm) }
            item { ActionButton(s.model.refuse, vm) }
        }
        is Screen.ReferralForm -> {
            texts(s.model.intro, *s.model.errors.toTypedArray())
            item { Contact(s.model.to, vm) }
            listOf(s.model.professionalName, s.model.professionalOrganisation, s.model.professionalRole, s.model.professionalPhone, s.model.why)
                .forEach { f -> item { FieldView(f, vm) } }
            items(s.model.durations) { ChoiceView(it, vm) }
            texts(s.model.shareQuestion)
            items(s.model.shares) { ChoiceView(it, vm) }
            listOfNotNull(s.model.personName, s.model.personPhone).forEach { f -> item { FieldView(f, vm) } }
            items(s.model.windows) { ChoiceView(it, vm) }
            items(s.model.languages) { ChoiceView(it, vm) }
            s.model.note?.let { item { FieldView(it, vm) } }
            item { ActionButton(s.model.next, vm) }
        }
        is Screen.Referrals -> {
            texts(s.model.empty)
            items(s.model.referrals) { r ->
                Text(r.created, style = MaterialTheme.typography.titleMedium)
                Text(r.structure)
                Text(r.progress)
                ActionButton(r.open, vm)
            }
            item { ActionButton(s.model.start, vm) }
        }
        is Screen.Referral -> {
            item { Text(s.model.progress, style = MaterialTheme.typography.titleLarge) }
            texts(*s.model.copy.toTypedArray())
            item { Contact(s.model.whoToCall, vm) }
            items(s.model.actions) { ActionButton(it, vm) }
        }
        is Screen.Message -> {
            texts(s.model.text)
            s.model.whoToCall?.let { item { Contact(it, vm) } }
            items(s.model.actions) { ActionButton(it, vm) }
        }
    }
}
