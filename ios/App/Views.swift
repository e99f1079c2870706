import RelaisFFI
import SwiftUI

// Draws what the core returns, nothing else: every text, every choice and what each tap does
// come from the screen models. System fonts follow Dynamic Type; every control carries the
// core's VoiceOver label; buttons are at least 44 points high; right-to-left languages are
// laid out right to left.

struct ActionButton: View {
    let action: Action
    @EnvironmentObject var shell: Shell

    var body: some View {
        Button { shell.tap(action.tap) } label: {
            Text(action.label).frame(maxWidth: .infinity, minHeight: 44)
        }
        .buttonStyle(.borderedProminent)
        .tint(tint)
        .accessibilityLabel(action.accessibilityLabel)
    }

    private var tint: Color {
        switch action.kind {
        case .primary, .call: return .accentColor
        case .danger: return .red
        default: return .gray
        }
    }
}

struct ChoiceView: View {
    let choice: Choice
    @EnvironmentObject var shell: Shell

    var body: some View {
        Button { shell.tap(choice.choose) } label: {
            HStack {
                Image(systemName: choice.selected ? "checkmark.circle.fill" : "circle")
                Text(choice.label)
                Spacer()
            }
            .frame(minHeight: 44)
        }
        .accessibilityAddTraits(choice.selected ? .isSelected : [])
    }
}

/// A text field: what is typed goes to the core, which keeps it.
struct FieldView: View {
    let field: TextField
    @EnvironmentObject var shell: Shell
    @State private var text = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(field.label).font(.headline)
            SwiftUI.TextField(field.hint, text: $text)
                .textFieldStyle(.roundedBorder)
                .onAppear { text = field.value }
                .onChange(of: text) { typed in
                    Task { await shell.send(.textChanged(field: field.id, text: typed)) }
                }
            if let error = field.error { Text(error).foregroundColor(.red) }
        }
    }
}

struct CrisisBarView: View {
    let bar: CrisisBar
    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(bar.title).font(.headline).accessibilityAddTraits(.isHeader)
            ForEach(bar.lines, id: \.number) { line in ActionButton(action: line.action) }
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
            Text(contact.phone).font(.title2).environment(\.layoutDirection, .leftToRight)
            Text(contact.status)
            ForEach(contact.hours, id: \.self) { Text($0).font(.footnote) }
            ActionButton(action: contact.call)
            if let sms = contact.sms { ActionButton(action: sms) }
        }
        .padding()
        .background(RoundedRectangle(cornerRadius: 8).stroke(.secondary))
    }
}

struct RootView: View {
    @EnvironmentObject var shell: Shell

    var body: some View {
        VStack(spacing: 0) {
            CrisisBarView(bar: shell.crisis)
            if let update = shell.update {
                ScreenView(update: update)
                    .environment(\.layoutDirection, update.frame.direction == .rightToLeft ? .rightToLeft : .leftToRight)
            } else if let problem = shell.openingProblem {
                Text(problem).padding()
            } else {
                ProgressView()
            }
        }
    }
}

struct ScreenView: View {
    let update: Update
    @EnvironmentObject var shell: Shell

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 12) {
                HStack {
                    if let back = update.frame.back { ActionButton(action: back).frame(maxWidth: 140) }
                    Spacer()
                    ActionButton(action: update.frame.listen).frame(maxWidth: 140)
                }
                Text(update.frame.title).font(.largeTitle).accessibilityAddTraits(.isHeader)
                if let notice = update.frame.notice { Text(notice).font(.callout).bold() }
                content
            }
            .padding()
        }
    }

    @ViewBuilder private var content: some View {
        switch update.screen {
        case .home(let m):
            Text(m.subtitle)
            if let demo = m.demoNotice { Text(demo).font(.callout) }
            ForEach(m.actions, id: \.label) { ActionButton(action: $0) }
        case .situation(let m):
            Text(m.intro)
            Text(m.ageQuestion).font(.headline)
            ForEach(m.ages, id: \.label) { ChoiceView(choice: $0) }
            Text(m.placeQuestion).font(.headline)
            ForEach(m.placeKinds, id: \.label) { ChoiceView(choice: $0) }
            if let f = m.commune { FieldView(field: f) }
            ForEach(m.suggestions, id: \.label) { ChoiceView(choice: $0) }
            if let f = m.street { FieldView(field: f) }
            if let f = m.domiciliation { FieldView(field: f) }
            if let f = m.sleepsIn { FieldView(field: f) }
            ActionButton(action: m.next)
        case .orientation(let m):
            if let problem = m.problem { Text(problem) }
            if let demo = m.demoNotice { Text(demo).font(.callout) }
            ForEach(Array(m.routes.enumerated()), id: \.offset) { _, r in
                ContactView(contact: r.contact)
                Text(r.reason)
                ForEach(r.notes, id: \.self) { Text($0).font(.footnote) }
            }
            ActionButton(action: m.ask)
        case .form(let m):
            Text(m.intro)
            ForEach(m.errors, id: \.self) { Text($0).foregroundColor(.red) }
            FieldView(field: m.name)
            FieldView(field: m.phone)
            Text(m.phoneOwnerQuestion).font(.headline)
            ForEach(m.phoneOwners, id: \.label) { ChoiceView(choice: $0) }
            if let f = m.relayName { FieldView(field: f) }
            Text(m.windowsQuestion).font(.headline)
            if let e = m.windowsError { Text(e).foregroundColor(.red) }
            ForEach(m.windows, id: \.label) { ChoiceView(choice: $0) }
            ChoiceView(choice: m.voicemail)
            ChoiceView(choice: m.sms)
            Text(m.languagesQuestion).font(.headline)
            if let e = m.languagesError { Text(e).foregroundColor(.red) }
            ForEach(m.languages, id: \.label) { ChoiceView(choice: $0) }
            ChoiceView(choice: m.interpreter)
            Text(m.ageQuestion).font(.headline)
            if let e = m.ageError { Text(e).foregroundColor(.red) }
            ForEach(m.ages, id: \.label) { ChoiceView(choice: $0) }
            FieldView(field: m.message)
            ActionButton(action: m.submit)
        case .requests(let m):
            if let empty = m.empty { Text(empty) }
            ForEach(m.requests, id: \.id) { r in
                VStack(alignment: .leading) {
                    Text(r.created).font(.headline)
                    Text(r.structure)
                    Text(r.state)
                    ActionButton(action: r.open)
                }
            }
            ActionButton(action: m.ask)
        case .request(let m):
            Text(m.state).font(.title2)
            Text(m.reason)
            ContactView(contact: m.whoToCall)
            if let a = m.appointment {
                Text(a.kind).font(.headline)
                if let when = a.when { Text(when) }
                Text(a.place)
                ActionButton(action: a.map)
            }
            ForEach(m.actions, id: \.label) { ActionButton(action: $0) }
            ForEach(Array(m.then.enumerated()), id: \.offset) { _, c in ContactView(contact: c) }
            ForEach(m.history, id: \.self) { Text($0).font(.footnote) }
        case .settings(let m):
            ForEach(m.languages, id: \.label) { ChoiceView(choice: $0) }
            ActionButton(action: m.export)
            ActionButton(action: m.erase)
            Text(m.professionalTitle).font(.headline)
            ForEach(m.professional, id: \.label) { ActionButton(action: $0) }
        case .confirm(let m):
            Text(m.text)
            ActionButton(action: m.confirm)
            ActionButton(action: m.cancel)
        case .consent(let m):
            ForEach(m.languages, id: \.label) { ChoiceView(choice: $0) }
            ForEach(m.lines, id: \.self) { Text($0) }
            Text(m.informedQuestion).font(.headline)
            ForEach(m.informed, id: \.label) { ChoiceView(choice: $0) }
            ActionButton(action: m.accept)
            ActionButton(action: m.refuse)
        case .referralForm(let m):
            Text(m.intro)
            ForEach(m.errors, id: \.self) { Text($0).foregroundColor(.red) }
            ContactView(contact: m.to)
            ForEach([m.professionalName, m.professionalOrganisation, m.professionalRole, m.professionalPhone, m.why], id: \.label) {
                FieldView(field: $0)
            }
            ForEach(m.durations, id: \.label) { ChoiceView(choice: $0) }
            Text(m.shareQuestion).font(.headline)
            ForEach(m.shares, id: \.label) { ChoiceView(choice: $0) }
            if let f = m.personName { FieldView(field: f) }
            if let f = m.personPhone { FieldView(field: f) }
            ForEach(m.windows, id: \.label) { ChoiceView(choice: $0) }
            ForEach(m.languages, id: \.label) { ChoiceView(choice: $0) }
            if let f = m.note { FieldView(field: f) }
            ActionButton(action: m.next)
        case .referrals(let m):
            if let empty = m.empty { Text(empty) }
            ForEach(m.referrals, id: \.id) { r in
                VStack(alignment: .leading) {
                    Text(r.created).font(.headline)
                    Text(r.structure)
                    Text(r.progress)
                    ActionButton(action: r.open)
                }
            }
            ActionButton(action: m.start)
        case .referral(let m):
            Text(m.progress).font(.title2)
            ForEach(m.copy, id: \.self) { Text($0) }
            ContactView(contact: m.whoToCall)
            ForEach(m.actions, id: \.label) { ActionButton(action: $0) }
        case .message(let m):
            Text(m.text)
            if let c = m.whoToCall { ContactView(contact: c) }
            ForEach(m.actions, id: \.label) { ActionButton(action: $0) }
        }
    }
}
