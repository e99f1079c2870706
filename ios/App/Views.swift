import RelaisFFI
import SwiftUI

// System fonts (.body, .title…) follow Dynamic Type; every control carries the core's
// VoiceOver label; buttons are at least 44 points high.

struct ActionButton: View {
    let action: Action
    var primary = true
    var perform: () -> Void = {}
    @Environment(\.openURL) private var openURL

    var body: some View {
        Button {
            if let target = action.target, [.call, .sms, .openMap].contains(action.kind), let url = URL(string: target) {
                openURL(url)
            } else {
                perform()
            }
        } label: {
            Text(action.label).frame(maxWidth: .infinity, minHeight: 44)
        }
        .buttonStyle(.borderedProminent)
        .tint(primary ? .accentColor : .gray)
        .accessibilityLabel(action.accessibilityLabel)
    }
}

struct CrisisBarView: View {
    let bar: CrisisBar
    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(bar.title).font(.headline).accessibilityAddTraits(.isHeader)
            ForEach(bar.lines.prefix(2), id: \.number) { line in ActionButton(action: line.action, primary: false) }
        }
        .padding(8)
    }
}

struct ContactView: View {
    let contact: ContactModel
    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(contact.who).font(.headline)
            if let role = contact.role { Text(role) }
            Text(contact.structure)
            Text(contact.phone).font(.title2)
            Text(contact.status)
            ForEach(contact.hours, id: \.self) { Text($0).font(.footnote) }
            ActionButton(action: contact.call)
            if let sms = contact.sms { ActionButton(action: sms, primary: false) }
        }
        .padding()
        .background(RoundedRectangle(cornerRadius: 8).stroke(.secondary))
    }
}

struct RootView: View {
    @EnvironmentObject var model: AppModel

    var body: some View {
        VStack(spacing: 0) {
            CrisisBarView(bar: model.crisis)
            ScrollView { content.padding() }
        }
    }

    @ViewBuilder private var content: some View {
        switch model.screen {
        case .opening:
            ProgressView()
        case .home(let home):
            VStack(alignment: .leading, spacing: 12) {
                Text(home.title).font(.largeTitle).accessibilityAddTraits(.isHeader)
                Text(home.subtitle)
                if let demo = home.demoNotice { Text(demo).font(.callout) }
                ForEach(home.actions, id: \.label) { action in
                    ActionButton(action: action) {
                        switch action.kind {
                        case .askForAppointment:
                            model.orient(SituationInput(age: .unknown, place: .unknown, languages: [], interpreterNeeded: false))
                        case .settings: model.settings()
                        default: break
                        }
                    }
                }
            }
        case .orientation(let o):
            VStack(alignment: .leading, spacing: 12) {
                Text(o.title).font(.title).accessibilityAddTraits(.isHeader)
                if let problem = o.problem { Text(problem) }
                ForEach(Array(o.routes.enumerated()), id: \.offset) { _, route in
                    ContactView(contact: route.contact)
                    Text(route.reason)
                    ForEach(route.notes, id: \.self) { Text($0).font(.footnote) }
                }
                ActionButton(action: o.ask) {
                    model.edit(FormInput(name: "", phone: "", relayName: "", relayKind: nil, callWindows: [], voicemailOk: false, smsOk: false, languages: [], interpreterNeeded: false, age: nil, place: .unknown, message: ""))
                }
            }
        case .form(let form, let input):
            FormView(form: form, input: input)
        case .status(let status):
            VStack(alignment: .leading, spacing: 12) {
                Text(status.title).font(.title).accessibilityAddTraits(.isHeader)
                Text(status.state).font(.title3)
                Text(status.reason)
                ContactView(contact: status.whoToCall)
                if let a = status.appointment {
                    Text(a.kind)
                    if let when = a.when { Text(when).font(.headline) }
                    Text(a.place)
                    ActionButton(action: a.map, primary: false)
                }
                ForEach(Array(status.then.enumerated()), id: \.offset) { _, c in ContactView(contact: c) }
                ForEach(status.actions, id: \.label) { action in
                    ActionButton(action: action, primary: false) {
                        if action.kind == .withdraw { Task { await model.withdraw(status.id) } }
                    }
                }
            }
        case .settings(let settings):
            VStack(alignment: .leading, spacing: 12) {
                Text(settings.title).font(.title).accessibilityAddTraits(.isHeader)
                ForEach(settings.languages, id: \.code) { l in
                    Button(l.selected ? "✓ \(l.name)" : l.name) { Task { await model.language(l.code) } }
                        .frame(minHeight: 44)
                }
                Text(settings.eraseWarning)
                ActionButton(action: settings.erase, primary: false) { Task { await model.eraseEverything() } }
            }
        case .problem(let message):
            Text(message)
        }
    }
}

struct FormView: View {
    let form: FormScreen
    @State var input: FormInput
    @EnvironmentObject var model: AppModel

    var body: some View {
        VStack(alignment: .leading, spacing: 12) {
            Text(form.title).font(.title).accessibilityAddTraits(.isHeader)
            Text(form.intro)
            ForEach(form.fields, id: \.label) { field in
                switch field.field {
                case .name: labeled(field) { TextField(field.label, text: $input.name) }
                case .phone: labeled(field) { TextField(field.label, text: $input.phone).keyboardType(.phonePad) }
                case .relayName: labeled(field) { TextField(field.label, text: $input.relayName) }
                case .message: labeled(field) { TextField(field.label, text: $input.message, axis: .vertical) }
                default: EmptyView()
                }
            }
            ForEach(form.ages, id: \.label) { age in
                Toggle(age.label, isOn: Binding(get: { input.age == age.value }, set: { if $0 { input.age = age.value } }))
            }
            ForEach(form.windows, id: \.label) { choice in
                Toggle(choice.label, isOn: Binding(
                    get: { input.callWindows.contains(choice.window) },
                    set: { on in
                        input.callWindows.removeAll { $0 == choice.window }
                        if on { input.callWindows.append(choice.window) }
                    }))
            }
            ForEach(form.languages, id: \.code) { language in
                Toggle(language.name, isOn: Binding(
                    get: { input.languages.contains(language.code) },
                    set: { on in
                        input.languages.removeAll { $0 == language.code }
                        if on { input.languages.append(language.code) }
                    }))
            }
            Toggle(form.interpreterLabel, isOn: $input.interpreterNeeded)
            Toggle(form.voicemailLabel, isOn: $input.voicemailOk)
            Toggle(form.smsLabel, isOn: $input.smsOk)
            ActionButton(action: form.submit) { Task { await model.submit(input) } }
        }
    }

    private func labeled<Content: View>(_ field: FieldModel, @ViewBuilder _ content: () -> Content) -> some View {
        VStack(alignment: .leading) {
            content().textFieldStyle(.roundedBorder).accessibilityHint(field.hint)
            Text(field.error ?? field.hint).font(.footnote).foregroundStyle(field.error == nil ? Color.secondary : Color.red)
        }
    }
}
